package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.untoc.core.RelationKind;
import org.untoc.core.Untoc;

/**
 * Loads the N-Quads export into Apache Jena Fuseki over HTTP, as a team loads it into its own
 * triple store, and asks README's questions through the SPARQL endpoint.
 */
class FusekiTest {
  @Test
  void theSparqlEndpointAnswersAsTheJavaApi() throws IOException {
    FusekiServer server = FusekiServer.create().loopback(true).port(0)
        .add("/untoc", DatasetFactory.createTxnMem()).build();
    server.start();
    try {
      String dataset = "http://localhost:" + server.getHttpPort() + "/untoc";
      HttpURLConnection upload = (HttpURLConnection) URI.create(dataset).toURL().openConnection();
      upload.setRequestMethod("POST");
      upload.setRequestProperty("Content-Type", "application/n-quads");
      upload.setDoOutput(true);
      try (OutputStream out = upload.getOutputStream()) {
        out.write(RdfExport.of(Untoc.reference()).toString(RdfExport.Format.N_QUADS).getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(200, upload.getResponseCode());
      upload.disconnect();
      Sparql.Endpoint endpoint = Sparql.service(dataset + "/sparql");
      Sparql.assertSameAnswers(Untoc.reference(), endpoint);
      String rationale = Untoc.reference().latestView().relationsTo("gpml", RelationKind.RUNS).get(0).provenance()
          .rationale().orElseThrow();
      assertEquals(List.of(List.of("Cybercrime and Money Laundering Section", RdfExport.VOCAB + "inferred", rationale)),
          endpoint.select(Sparql.WHO_RUNS_GPML));
    } finally {
      server.stop();
    }
  }
}
