package networth.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import networth.cli.Timings;
import networth.engine.json.ResultJson;

/**
 * The JSON every command writes: indented, numbers written plainly, one newline at the end; an
 * analysis' result is streamed to the output as it is serialised, timed as the phase "output".
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  /** An analysis' result ({@link ResultJson}) written straight to {@code out}. */
  public static void print(PrintWriter out, Object result) throws Exception {
    Timings.phase(
        "output",
        () -> {
          ResultJson.write(result, out);
          return null;
        });
  }
}
