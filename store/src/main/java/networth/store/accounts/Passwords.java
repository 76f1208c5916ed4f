package networth.store.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (RFC 9106), slow on purpose so that a stolen database does not
 * give its passwords away cheaply. The parameters are OWASP's minimum for Argon2id: 19 MiB of
 * memory, 2 passes, one lane; each hash carries its parameters, so stronger ones can come later
 * without breaking the hashes already kept.
 */
final class Passwords {

  static final int MEMORY_KIB = 19 * 1024;
  static final int PASSES = 2;
  static final int LANES = 1;
  static final int HASH_BYTES = 32;
  static final int SALT_BYTES = 16;

  /** What a user who may not sign in with a password has instead of a hash. */
  static final String NO_PASSWORD = "!";

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(MEMORY_KIB, PASSES, LANES, HASH_BYTES, Argon2.ID);

  private Passwords() {}

  /** The hash to keep: {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}. */
  static String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
  }

  /** Whether {@code password} is the one {@code hash} was made from. */
  static boolean matches(String password, String hash) {
    if (!hash.startsWith("$argon2")) {
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }
}
