package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An identifier of an entity in an outside scheme: a UN Treaty Collection number, a UNODC
 * project code, a UN document symbol.
 *
 * <p>The schemes used by the reference data are the constants of this class; any other
 * non-blank scheme is allowed for data of your own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Identifier {
  /** The chapter-and-number of a treaty in the UN Treaty Collection (MTDSG), e.g. XVIII-12. */
  public static final String UNTC_MTDSG = "UNTC MTDSG";
  /** The registration number of a treaty in the United Nations Treaty Series. */
  public static final String UNTS_REGISTRATION = "UNTS registration";
  /** A UNODC project code, e.g. GLOU40. */
  public static final String UNODC_PROJECT = "UNODC project";
  /** A symbol or number of a resolution or decision, e.g. 55/25. */
  public static final String RESOLUTION_NUMBER = "resolution number";

  Identifier() {}

  /** Returns the scheme, such as {@link #UNODC_PROJECT}. */
  public abstract String scheme();

  /** Returns the identifier within its scheme. */
  public abstract String value();

  /** Returns a note on the identifier's use, such as the dates it was in use. */
  public abstract Optional<String> note();

  /** Returns where the identifier comes from. */
  public abstract Provenance provenance();

  /**
   * Obtains an identifier.
   *
   * @param scheme the scheme, not null
   * @param value the identifier within the scheme, not null
   * @param provenance where it comes from, not null
   * @return the identifier, not null
   */
  public static Identifier of(String scheme, String value, Provenance provenance) {
    return builder().scheme(scheme).value(value).provenance(provenance).build();
  }

  /** Returns a builder of identifiers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Identifier} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableIdentifier.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!scheme().isBlank(), "identifier scheme must not be blank");
    checkArgument(!value().isBlank(), "identifier value must not be blank");
  }

  /** Returns {@code scheme:value}. */
  @Override
  public String toString() {
    return scheme() + ":" + value();
  }
}
