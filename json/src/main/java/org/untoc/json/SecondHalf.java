package org.untoc.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Edition;
import org.untoc.core.Entity;
import org.untoc.core.Relation;

/**
 * The second half of a large document in bytes, read on a common-pool thread while the reading
 * thread reads the first.
 *
 * <p>The second half starts at an item of one of the document's arrays found near its middle:
 * a {@code {} that follows a {@code }} and a {@code ,}. That guess is made without parsing, so it
 * may be wrong (such bytes may be inside a string); it is the first half that tells. The first
 * thread reads from the start of the document, and once it reaches the guessed start, it takes
 * what the second thread read only if an item of the same array starts exactly there, if the
 * second half was read to the end of the document without an error, and if the two halves
 * together name each top-level key once and every required one. Otherwise it reads on itself,
 * as if there were no second half, so that every error it reports is the one a whole read
 * reports. Reading the bytes from an item on, after a prefix that opens the document and that
 * array, gives the tokens that reading the whole document gives from there; so what the second
 * half read is what the first thread would have read.
 *
 * <p>An integrity error is found only when the registry is built, after the halves are joined;
 * the positions of the second half's items are not known then, so the document is read again
 * on one thread ({@link Redo}), to report exactly.
 */
final class SecondHalf implements Runnable {
  /** What the second half read, and the top-level keys it read. */
  record Part(List<Edition> editions, List<Entity> entities, List<Relation> relations, long seen) {}

  /** Thrown where a document read in halves breaks an integrity rule: read it again on one thread. */
  static final class Redo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redo() {
      super(null, null, false, false);
    }
  }

  /** Opens a parser on a stream of bytes in UTF-8. */
  @FunctionalInterface
  interface Opener {
    JsonParser open(InputStream in) throws IOException;
  }

  /** Opens the document and an array, so that the items of the array can follow. */
  private static final byte[] PREFIX = "{\"\":[".getBytes(StandardCharsets.US_ASCII);
  /** How far past the middle of a document the start of a second half is looked for. */
  private static final int SEARCH = 1 << 16;
  /** The number of the key of the array of entities, and of relations, among the top-level keys. */
  static final int ENTITIES = 3;
  static final int RELATIONS = 4;

  private static final int NEW = 0;
  private static final int RUNNING = 1;
  private static final int DROPPED = 2;

  /** The document and the opener, let go once the second half is dropped or read. */
  private byte @Nullable [] document;
  private final int length;
  private final int start;
  private final int key;
  private @Nullable Opener opener;
  private final boolean lenient;
  private final String limits;
  private final AtomicInteger state = new AtomicInteger(NEW);
  private volatile boolean cancelled;
  /** How many bytes of its input the second half has read, as of its last item. */
  private volatile long progress;
  private final ForkJoinTask<?> task;
  /** Written by the task, read after joining it. */
  private @Nullable Part part;
  /** Where the first thread stops to take over; never again, once it has looked. */
  private long due;
  private boolean taken;

  private SecondHalf(byte[] document, int start, int key, Opener opener, boolean lenient, String limits) {
    this.document = document;
    this.length = document.length;
    this.start = start;
    this.key = key;
    this.opener = opener;
    this.lenient = lenient;
    this.limits = limits;
    this.due = start;
    this.task = ForkJoinTask.adapt(this);
  }

  /**
   * Returns the second half of a document, not yet read, or null where no start of an item is
   * found near the middle, or where the bytes may not be UTF-8.
   */
  static @Nullable SecondHalf of(byte[] document, Opener opener, boolean lenient, String limits) {
    int start = start(document);
    if (start < 0) {
      return null;
    }
    return new SecondHalf(document, start, firstKeyIsId(document, start) ? ENTITIES : RELATIONS,
        opener, lenient, limits);
  }

  /**
   * Starts reading on the common pool (not on the pool of a calling worker thread); returns this.
   */
  SecondHalf fork() {
    ForkJoinPool.commonPool().execute(task);
    return this;
  }

  /** Reads now, on this thread; returns true if it read to the end of the document. */
  boolean invoke() {
    task.invoke();
    return part != null;
  }

  /** Waits until the second half is read, or dropped; returns true if it read to the end. */
  boolean join() {
    task.quietlyJoin();
    return part != null;
  }

  /** Returns where the second half starts. */
  int start() {
    return start;
  }

  /**
   * Returns the offset of a {@code {} after a {@code }} and a {@code ,} (and white space), near
   * the middle of a document, or -1. Of those that begin a line, the least indented is taken, the
   * first of them: in a document indented as this library writes it, an item of a top-level
   * array rather than a name or provenance within one. A document in UTF-16 or UTF-32 has a zero
   * among its first four bytes; one in UTF-8 has no {@code {} inside a character.
   */
  static int start(byte[] d) {
    if (d.length < 4 || d[0] == 0 || d[1] == 0 || d[2] == 0 || d[3] == 0) {
      return -1;
    }
    int end = (int) Math.min(d.length, d.length / 2 + (long) SEARCH);
    int best = -1;
    int least = Integer.MAX_VALUE;
    for (int i = d.length / 2; i < end; i++) {
      if (d[i] != '{') {
        continue;
      }
      int comma = before(d, i);
      if (comma < 0 || d[comma] != ',') {
        continue;
      }
      int close = before(d, comma);
      if (close < 0 || d[close] != '}') {
        continue;
      }
      int indent = indentation(d, i);
      if (indent < least) {
        best = i;
        least = indent;
      }
    }
    return best;
  }

  /**
   * Returns the number of spaces and tabs before {@code i} back to a line end, or a large number
   * if something else comes first.
   */
  private static int indentation(byte[] d, int i) {
    int j = i - 1;
    while (j >= 0 && (d[j] == ' ' || d[j] == '\t')) {
      j--;
    }
    return j >= 0 && (d[j] == '\n' || d[j] == '\r') ? i - 1 - j : Integer.MAX_VALUE - 1;
  }

  /** Returns the offset of the last byte before {@code i} that is not JSON white space, or -1. */
  private static int before(byte[] d, int i) {
    int j = i - 1;
    while (j >= 0 && (d[j] == ' ' || d[j] == '\n' || d[j] == '\r' || d[j] == '\t')) {
      j--;
    }
    return j;
  }

  /** Returns true if the object at {@code i} starts with the key "id", as entities do. */
  private static boolean firstKeyIsId(byte[] d, int i) {
    int j = i + 1;
    while (j < d.length && (d[j] == ' ' || d[j] == '\n' || d[j] == '\r' || d[j] == '\t')) {
      j++;
    }
    return j + 4 <= d.length && d[j] == '"' && d[j + 1] == 'i' && d[j + 2] == 'd' && d[j + 3] == '"';
  }

  @Override
  public void run() {
    if (!state.compareAndSet(NEW, RUNNING)) {
      return;
    }
    byte[] d = Objects.requireNonNull(document);
    Opener o = Objects.requireNonNull(opener);
    document = null;
    opener = null;
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(PREFIX),
        new ByteArrayInputStream(d, start, d.length - start));
    try (JsonParser p = o.open(in)) {
      JsonInput input = new JsonInput(p, lenient, limits);
      input.watch(this);
      part = RegistryJson.readSecondHalf(input, key, this);
    } catch (IOException | RuntimeException e) {
      // the first half reads on and reports whatever was wrong: nothing is lost by dropping this
      // (nor by an error, which the task keeps)
      part = null;
    }
  }

  /**
   * Returns the input, or throws if the first half no longer needs what this half reads; called
   * at each item, and at each token skipped.
   */
  JsonInput live(JsonInput in) {
    if (cancelled) {
      throw new CancellationException();
    }
    return in;
  }

  /** Notes how far the second half has read: called at each item. */
  JsonInput at(JsonInput in) {
    progress = in.roughOffset();
    return live(in);
  }

  /** Returns the offset at which the first half is to call {@link #takeOver}. */
  long due() {
    return due;
  }

  /** Returns true if the second half was taken over. */
  boolean taken() {
    return taken;
  }

  /**
   * Called by the first half at an item at or after {@link #due}: returns what the second half
   * read, if it may stand in for reading on from there, or null, and is not called again.
   *
   * @param key the number of the top-level key of the array being read
   * @param offset where the item starts
   * @param seen the top-level keys read by the first half, bit {@code i} for key {@code i}
   * @param required the top-level keys a document must have, likewise
   */
  @Nullable Part takeOver(int key, long offset, long seen, long required) {
    due = Long.MAX_VALUE;
    if (offset != start || key != this.key) {
      cancel();
      return null;
    }
    if (state.get() == NEW && drop()) {
      return null;
    }
    if (progress < (length - start) / 8 && !task.isDone()) {
      // started late, or held up: reading on alone is about as quick, and frees the other thread
      cancel();
      return null;
    }
    task.quietlyJoin();
    Part p = part;
    if (p == null || (p.seen() & seen) != 0 || (required & ~(p.seen() | seen)) != 0) {
      return null;
    }
    taken = true;
    return p;
  }

  /**
   * Stops the second half: one not started never starts, and lets the document go; one running
   * stops at its next item or skipped token.
   */
  void cancel() {
    cancelled = true;
    drop();
  }

  /** Drops the second half if it has not started; returns true if it did. */
  private boolean drop() {
    if (!state.compareAndSet(NEW, DROPPED)) {
      return false;
    }
    document = null;
    opener = null;
    return true;
  }
}
