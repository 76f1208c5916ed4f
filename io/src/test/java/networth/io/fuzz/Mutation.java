package networth.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change to a file's bytes. Places are fractions of the file's length, so that a mutation means
 * the same on any seed and shrinks towards the start of the file.
 */
sealed interface Mutation {

  byte[] apply(byte[] in);

  /** Flips one bit of the byte at {@code at}: broken UTF-8, a letter changed, a quote lost. */
  record Flip(double at, int bit) implements Mutation {
    @Override
    public byte[] apply(byte[] in) {
      if (in.length == 0) {
        return in;
      }
      byte[] out = in.clone();
      int i = index(at, in.length - 1);
      out[i] = (byte) (out[i] ^ (1 << bit));
      return out;
    }
  }

  /** Inserts bytes (a special character, a token of a grammar, a huge number) at {@code at}. */
  record Insert(double at, Token token) implements Mutation {
    @Override
    public byte[] apply(byte[] in) {
      int i = index(at, in.length);
      return join(
          Arrays.copyOfRange(in, 0, i), token.bytes(), Arrays.copyOfRange(in, i, in.length));
    }
  }

  /** Replaces {@code length} bytes at {@code at} with a token. */
  record Replace(double at, int length, Token token) implements Mutation {
    @Override
    public byte[] apply(byte[] in) {
      int i = index(at, in.length);
      int end = Math.min(in.length, i + length);
      return join(
          Arrays.copyOfRange(in, 0, i), token.bytes(), Arrays.copyOfRange(in, end, in.length));
    }
  }

  /** Cuts the file at {@code at}: a write that stopped half way. */
  record Truncate(double at) implements Mutation {
    @Override
    public byte[] apply(byte[] in) {
      return Arrays.copyOf(in, index(at, in.length));
    }
  }

  /** Does something to whole lines: repeats one, swaps two, or drops one. */
  record Lines(LineChange change, double first, double second) implements Mutation {
    enum LineChange {
      DUPLICATE,
      SWAP,
      DELETE
    }

    @Override
    public byte[] apply(byte[] in) {
      List<byte[]> lines = lines(in);
      if (lines.isEmpty()) {
        return in;
      }
      int a = index(first, lines.size() - 1);
      int b = index(second, lines.size() - 1);
      switch (change) {
        case DUPLICATE -> lines.add(b, lines.get(a));
        case SWAP -> {
          byte[] t = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, t);
        }
        case DELETE -> lines.remove(a);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      lines.forEach(out::writeBytes);
      return out.toByteArray();
    }
  }

  /** The lines of a file, each with its line break. */
  private static List<byte[]> lines(byte[] in) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        lines.add(Arrays.copyOfRange(in, start, i + 1));
        start = i + 1;
      }
    }
    if (start < in.length) {
      lines.add(Arrays.copyOfRange(in, start, in.length));
    }
    return lines;
  }

  private static int index(double fraction, int length) {
    return (int) Math.min(length, Math.max(0, Math.floor(fraction * (length + 1))));
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * What an insertion puts in: text (written as UTF-8) or raw bytes (UTF-8 that is not well formed,
   * such as a surrogate encoded on its own).
   */
  record Token(String text, byte[] raw) {
    static Token of(String text) {
      return new Token(text, text.getBytes(StandardCharsets.UTF_8));
    }

    static Token bytes(String name, int... values) {
      byte[] b = new byte[values.length];
      for (int i = 0; i < values.length; i++) {
        b[i] = (byte) values[i];
      }
      return new Token(name, b);
    }

    byte[] bytes() {
      return raw;
    }

    @Override
    public String toString() {
      return Shown.escaped(text);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Token t && t.text.equals(text) && Arrays.equals(t.raw, raw);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }
}
