package networth.store.maps;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.model.Money;
import networth.model.PartialDate;
import networth.model.Rhythm;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How the facts of a map sit in columns: dates as they are written ({@code 2014-03}), amounts as
 * exact decimal text beside their currency, enumerations by name, and a fact the map does not give
 * as NULL. Both directions live here so that they cannot drift apart.
 */
final class Columns {

  private Columns() {}

  static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse(null);
  }

  static Optional<PartialDate> date(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? Optional.empty() : Optional.of(PartialDate.parse(s));
  }

  static <T extends SqlStatement<T>> T money(T s, String prefix, Optional<Money> m) {
    return s.bind(prefix + "_amount", m.map(x -> x.amount().toPlainString()).orElse(null))
        .bind(prefix + "_currency", m.map(Money::currency).orElse(null));
  }

  static Optional<Money> money(ResultSet rs, String prefix) throws SQLException {
    String amount = rs.getString(prefix + "_amount");
    if (amount == null) {
      return Optional.empty();
    }
    String currency = rs.getString(prefix + "_currency");
    return Optional.of(new Money(new BigDecimal(amount), currency == null ? "" : currency));
  }

  static Double number(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  static OptionalDouble number(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static String rhythm(Optional<Rhythm> r) {
    return r.map(Rhythm::name).orElse(null);
  }

  static Optional<Rhythm> rhythm(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? Optional.empty() : Optional.of(Rhythm.valueOf(s));
  }
}
