package org.untoc.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where a command writes: standard output, or with {@code -o FILE} a file written whole or not
 * at all. The file is written to a temporary file in the same folder and renamed over FILE only
 * once the command has written everything, so a failure leaves FILE as it was. A symbolic link is
 * written through, to the file it names; a FILE that exists and is no regular file (a named pipe,
 * a device) is written in place, as a shell's redirection would, since it cannot be replaced.
 */
final class Output {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE in place of standard output, whole or not at all: a temporary file in the"
          + " same folder, renamed to FILE once complete, so that a failure leaves FILE as it was. A link is written"
          + " through to its file; a named pipe or a device is written in place.")
  @Nullable Path file;

  /**
   * Runs a command's work on its output: standard output, or the file of {@code -o}, which
   * replaces FILE only if the work returns.
   *
   * @param stdout standard output
   * @param work the work, which returns the exit code
   * @return the exit code
   * @throws OutputException if the output cannot be written
   */
  int write(PrintWriter stdout, ToIntFunction<PrintWriter> work) {
    if (file == null) {
      int code = work.applyAsInt(stdout);
      stdout.flush();
      return code;
    }
    String name = file.toString();
    Path target = linkedFile(file.toAbsolutePath(), name);
    Path folder = target.getParent();
    if (Files.isDirectory(target)) {
      throw new InputException(name + ": is a folder; -o takes a file");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return writeInPlace(target, name, work);
    }
    if (!Files.isDirectory(folder)) {
      throw new InputException(name + ": no such folder as " + folder);
    }
    Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
        ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
    OutputStream stream;
    try {
      stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": cannot be written here (permission denied in " + folder + ")");
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
    boolean done = false;
    try {
      PrintWriter out = writer(stream, name);
      int code = work.applyAsInt(out);
      out.flush();
      out.close();
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
      return code;
    } catch (IOException e) {
      throw new OutputException(name, e);
    } finally {
      if (!done) {
        try {
          stream.close();
        } catch (IOException | RuntimeException ignored) {
          // the failure that brought us here is the one to report
        }
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // nothing more can be done; the target is untouched either way
        }
      }
    }
  }

  /** Returns the file a path names: the path itself, or the file its symbolic links lead to. */
  private static Path linkedFile(Path path, String name) {
    Path target = path;
    try {
      for (int hops = 0; Files.isSymbolicLink(target); hops++) {
        if (hops == 40) {
          throw new InputException(name + ": too many levels of symbolic links");
        }
        target = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
      }
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
    return target;
  }

  /** Writes to a named pipe or a device as it is: it cannot be replaced, nor written whole or not at all. */
  private static int writeInPlace(Path target, String name, ToIntFunction<PrintWriter> work) {
    OutputStream stream;
    try {
      stream = Files.newOutputStream(target, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": cannot be written (permission denied)");
    } catch (IOException e) {
      throw new OutputException(name, e);
    }
    PrintWriter out = writer(stream, name);
    int code = work.applyAsInt(out);
    out.flush();
    out.close();
    return code;
  }

  /** Returns a buffered UTF-8 writer to standard output that throws {@link OutputException} when it fails. */
  static PrintWriter stdout() {
    return writer(new FileOutputStream(FileDescriptor.out), "standard output");
  }

  /** Returns a buffered UTF-8 writer that throws {@link OutputException} where a write fails. */
  private static PrintWriter writer(OutputStream out, String name) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new Checked(out, name), UTF_8), 1 << 16), false);
  }

  /**
   * An output stream that throws {@link OutputException} for a failure, which a PrintWriter passes
   * on; once one is thrown, what is written after it is dropped, so that the failure is reported
   * once.
   */
  private static final class Checked extends FilterOutputStream {
    private final String name;
    private boolean failed;

    Checked(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (failed) {
        return;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void flush() {
      if (failed) {
        return;
      }
      try {
        out.flush();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        if (!failed) {
          throw failure(e);
        }
      }
    }

    private OutputException failure(IOException e) {
      failed = true;
      return new OutputException(name, e);
    }
  }
}
