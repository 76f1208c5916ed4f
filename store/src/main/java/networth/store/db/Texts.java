package networth.store.db;

import java.sql.Types;
import networth.store.StoreException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds every text the store writes, refusing one that holds the character U+0000: PostgreSQL
 * cannot keep it and SQLite can, so it is refused on both, and a map stored on one database can be
 * stored on the other.
 */
final class Texts extends AbstractArgumentFactory<String> {

  Texts() {
    super(Types.VARCHAR);
  }

  @Override
  protected Argument build(String value, ConfigRegistry config) {
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw new StoreException.Invalid(
          "a text cannot hold the character U+0000 (at character "
              + (nul + 1)
              + " of \""
              + value.substring(0, Math.min(value.length(), 40)).replace("\0", "\\u0000")
              + "\"): remove it and try again");
    }
    return (position, statement, ctx) -> statement.setString(position, value);
  }
}
