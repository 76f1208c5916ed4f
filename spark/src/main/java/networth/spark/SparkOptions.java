package networth.spark;

import java.util.Locale;
import java.util.Optional;

/**
 * The entry point's command line, checked before Spark starts: a mistake here costs the user no
 * cluster time. Each problem names the option and what it accepts.
 *
 * @param file the journeys: a CSV file (plain or .gz), a Parquet file or a folder of either
 * @param master Spark's master; empty under spark-submit, which sets it
 * @param input the file's layout
 * @param columns the columns of the path format
 * @param model what to compute
 * @param order the Markov chain's order
 * @param skipBadRows leave bad rows out and count them instead of stopping
 * @param format the output's format
 */
public record SparkOptions(
    String file,
    Optional<String> master,
    Input input,
    PathColumns columns,
    Model model,
    int order,
    boolean skipBadRows,
    Format format) {

  public static final int ORDER_DEFAULT = 1;

  /** How the input is laid out. */
  public enum Input {
    /** Told by the columns: journey_id and channel mean the long format. */
    AUTO,
    /** ChannelAttribution's path format. */
    PATH,
    /** One touchpoint per row. */
    LONG
  }

  public enum Model {
    HEURISTICS,
    /**
     * The Markov chain counted on the cluster, solved exactly on the driver: each channel's credit.
     */
    MARKOV,
    /** The Markov chain's counted steps, each with its probability. */
    TRANSITIONS
  }

  public enum Format {
    TABLE,
    CSV
  }

  /** The usage text printed by {@code --help} and after a mistake. */
  public static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: spark-submit --class networth.spark.SparkJourneys networth-spark.jar FILE [options]",
          "Channel attribution of customer journeys as Spark jobs (docs/spark.md).",
          "  FILE                       CSV (plain or .gz), Parquet, or a folder of them",
          "  --master URL               local[*], local[2], spark://host:7077 … (default: as"
              + " spark-submit says, else local[*])",
          "  --model MODEL              heuristics (default), markov, or transitions (the"
              + " chain's counted steps)",
          "  --order K                  the Markov chain's order (default: 1)",
          "  --input path|long|auto     the file's layout (default: auto, told by its columns)",
          "  --path-column NAME         default: path",
          "  --conversions-column NAME  default: total_conversions",
          "  --value-column NAME        default: total_conversion_value (read if present)",
          "  --null-column NAME         default: total_null (read if present)",
          "  --skip-bad-rows            leave bad rows out and count them",
          "  --format table|csv         default: table",
          "  -h, --help                 show this and exit");

  /** Thrown for a mistake on the command line; the message says which option and why. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** Thrown for --help. */
  public static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HelpRequested() {
      super("help");
    }
  }

  public static SparkOptions parse(String... args) {
    String file = null;
    Optional<String> master = Optional.empty();
    Input input = Input.AUTO;
    String path = PathColumns.PATH_DEFAULT;
    String conversions = PathColumns.CONVERSIONS_DEFAULT;
    String value = PathColumns.VALUE_DEFAULT;
    String nulls = PathColumns.NULLS_DEFAULT;
    Model model = Model.HEURISTICS;
    int order = ORDER_DEFAULT;
    boolean skip = false;
    Format format = Format.TABLE;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h", "--help" -> throw new HelpRequested();
        case "--skip-bad-rows" -> skip = true;
        case "--master" -> master = Optional.of(value(args, i++, name, inline));
        case "--model" -> model = choice(Model.class, name, value(args, i++, name, inline));
        case "--input" -> input = choice(Input.class, name, value(args, i++, name, inline));
        case "--format" -> format = choice(Format.class, name, value(args, i++, name, inline));
        case "--path-column" -> path = value(args, i++, name, inline);
        case "--conversions-column" -> conversions = value(args, i++, name, inline);
        case "--value-column" -> value = value(args, i++, name, inline);
        case "--null-column" -> nulls = value(args, i++, name, inline);
        case "--order" -> order = order(value(args, i++, name, inline));
        default -> {
          if (arg.startsWith("-") && !arg.equals("-")) {
            throw new UsageException("unknown option " + arg);
          }
          if (file != null) {
            throw new UsageException("one FILE only; got " + file + " and " + arg);
          }
          file = arg;
        }
      }
      if (inline != null) {
        i--; // the value came with the option, not as the next argument
      }
    }
    if (file == null) {
      throw new UsageException("FILE is missing: name the journeys to read");
    }
    return new SparkOptions(
        file,
        master,
        input,
        new PathColumns(path, conversions, Optional.of(value), Optional.of(nulls)),
        model,
        order,
        skip,
        format);
  }

  private static String value(String[] args, int i, String name, String inline) {
    if (inline != null) {
      if (inline.isEmpty()) {
        throw new UsageException(name + " needs a value");
      }
      return inline;
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(name + " needs a value");
    }
    return args[i + 1];
  }

  private static <E extends Enum<E>> E choice(Class<E> kind, String name, String text) {
    for (E e : kind.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)) {
        return e;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : kind.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new UsageException(name + ": \"" + text + "\" is not one of " + known);
  }

  private static int order(String text) {
    try {
      int k = Integer.parseInt(text);
      if (k >= 1) {
        return k;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--order: \"" + text + "\" is not a whole number of at least 1");
  }
}
