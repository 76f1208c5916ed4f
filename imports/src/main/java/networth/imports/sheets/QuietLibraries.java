package networth.imports.sheets;

/**
 * Keeps Apache POI's logging off the user's terminal. POI logs through the Log4j API; with no Log4j
 * implementation on the class path, the API's first use prints a warning to standard error that it
 * could not find one. networth says itself what a person needs to know about a workbook, so the API
 * is told to use its own simple logger, at errors only, unless the user set otherwise.
 */
final class QuietLibraries {

  private QuietLibraries() {}

  static void apply() {
    setUnlessSet("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    setUnlessSet(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setUnlessSet("org.apache.logging.log4j.simplelog.level", "OFF");
    setUnlessSet("log4j2.statusLoggerLevel", "OFF");
  }

  private static void setUnlessSet(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
