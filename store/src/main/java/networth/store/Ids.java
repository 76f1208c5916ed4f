package networth.store;

import java.security.SecureRandom;

/**
 * Random names for maps, users and secrets: long enough that nobody guesses one, so a map's id in a
 * URL tells nothing about how many maps there are or whose they are.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private Ids() {}

  /** 16 characters from 32: 80 random bits. */
  public static String next() {
    return random(16);
  }

  /** {@code length} characters from 32, each 5 random bits. */
  public static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
