package org.untoc.json.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a table in one charset, strictly, and knows where it is: a byte that
 * does not belong to a character of the charset is an {@link NotText} naming its line and
 * its offset in the stream. The characters decoded before it are read first, so a parser
 * reaches every row before the fault.
 *
 * <p>Not thread-safe.
 */
final class TextReader extends Reader {
  /** Thrown for bytes that are not text in the charset, with their line and offset. */
  static final class NotText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long offset;
    private final String detail;

    NotText(long line, long offset, String detail) {
      this.line = line;
      this.offset = offset;
      this.detail = detail;
    }

    /** Returns the line of the fault, from 1. */
    long line() {
      return line;
    }

    /** Returns the offset of the first byte at fault in the stream, from 0. */
    long offset() {
      return offset;
    }

    @Override
    public String getMessage() {
      return detail;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /** The offset in the stream of the byte at the buffer's start. */
  private long start;
  /** The line of the next character, from 1. */
  private long line = 1;
  private boolean carriageReturn;
  private boolean end;
  private boolean flushed;
  private @Nullable NotText fault;

  /**
   * Reads a stream in a charset from the given offset (the length of a byte-order mark already
   * skipped, so that offsets count from the start of the file).
   */
  TextReader(InputStream in, Charset charset, long offset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.start = offset;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (fault != null) {
      throw fault;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (true) {
      int before = out.position();
      CoderResult result = decoder.decode(bytes, out, end);
      count(buffer, before, out.position());
      if (result.isError()) {
        fault = notText(result, bytes.position());
        if (out.position() > off) {
          return out.position() - off;
        }
        throw fault;
      }
      if (result.isOverflow()) {
        return out.position() - off;
      }
      if (end) {
        if (!flushed) {
          int at = out.position();
          decoder.flush(out);
          count(buffer, at, out.position());
          flushed = true;
        }
        return out.position() > off ? out.position() - off : -1;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      fill();
    }
  }

  /** Moves what is left to the buffer's start and reads more bytes after it. */
  private void fill() throws IOException {
    start += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Counts the line ends among characters decoded: LF, CR LF and CR alone, as parsers do. */
  private void count(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!carriageReturn) {
          line++;
        }
        carriageReturn = false;
      } else if (c == '\r') {
        line++;
        carriageReturn = true;
      } else {
        carriageReturn = false;
      }
    }
  }

  private NotText notText(CoderResult result, int at) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < result.length() && at + i < bytes.limit(); i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(at + i) & 0xff));
    }
    String what = result.length() == 1 ? "the byte " + sb : "the bytes " + sb;
    long offset = start + at;
    String name = charset.name();
    return new NotText(line, offset, "not " + name + " text: " + what + " at byte offset " + offset
        + (result.isMalformed() ? " " + (result.length() == 1 ? "is" : "are") + " not part of a " + name + " character"
            : " cannot be read as " + name));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
