package networth.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/**
 * The one JSON form of every result (docs/json-output.md): indented, amounts written as plain
 * decimals, keys in the order of the records' components, one newline at the end. The command line,
 * the report and a server all print a result through this, so they print the same thing.
 */
public final class ResultJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new SimpleModule("optional").addSerializer(new OptionalSerializer()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  private ResultJson() {}

  /** A result (or any value made of records, lists, maps and scalars) as JSON text. */
  public static String write(Object result) {
    try {
      return MAPPER.writeValueAsString(result) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  /**
   * An {@link Optional} as its value, or {@code null} when empty; a component marked {@code
   * NON_EMPTY} leaves an empty one out. Written here rather than taken from Jackson's Java 8 module
   * so that the engine depends on jackson-databind alone.
   */
  @SuppressWarnings("rawtypes")
  private static final class OptionalSerializer extends StdSerializer<Optional> {

    OptionalSerializer() {
      super(Optional.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Optional value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }
}
