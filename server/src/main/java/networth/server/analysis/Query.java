package networth.server.analysis;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import networth.engine.options.Periods;
import networth.model.Period;
import networth.server.http.ApiException;

/**
 * An analysis's options as query parameters, named as the command line's options without their
 * dashes ({@code ?model=linear&by=group}, {@code ?half-life=90}); {@code for} is the opportunity
 * {@code paths} takes as its argument. A parameter the analysis does not take is refused, naming
 * it, rather than ignored.
 */
final class Query {

  private final Context ctx;

  private Query(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * The query of a request to an analysis taking these parameters.
   *
   * @throws ApiException 400 naming the first parameter it does not take
   */
  static Query of(Context ctx, String command, Set<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badParameter(
            name,
            command
                + " takes no parameter '"
                + name
                + "'"
                + (allowed.isEmpty()
                    ? ""
                    : ": it takes " + String.join(", ", allowed.stream().sorted().toList())));
      }
    }
    return new Query(ctx);
  }

  Optional<String> text(String name) {
    List<String> all = ctx.queryParams(name);
    if (all.size() > 1) {
      throw ApiException.badParameter(
          name, name + " is given " + all.size() + " times: give it once");
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every value of a list parameter, given once with commas or several times. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  String text(String name, String otherwise) {
    return text(name).orElse(otherwise);
  }

  int integer(String name, int otherwise) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(t.get().strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(
          name, name + " must be a whole number, was '" + t.get() + "'");
    }
  }

  long longNumber(String name, long otherwise) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return otherwise;
    }
    try {
      return Long.parseLong(t.get().strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(
          name, name + " must be a whole number, was '" + t.get() + "'");
    }
  }

  double number(String name, double otherwise) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return otherwise;
    }
    try {
      return Double.parseDouble(t.get().strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a number, was '" + t.get() + "'");
    }
  }

  /** A parameter read by the engine: its refusal names this parameter. */
  <T> T read(String name, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (networth.engine.BadOptionException e) {
      throw ApiException.badParameter(name, AnalysisRoutes.withoutDashes(e.getMessage()));
    }
  }

  /** {@code from} and {@code to}: the period whose opportunities count. */
  Period period() {
    return Periods.of(text("from"), text("to"));
  }
}
