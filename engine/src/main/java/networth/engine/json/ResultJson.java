package networth.engine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The one JSON form of every result (docs/json-output.md): indented, amounts written as plain
 * decimals, keys in the order of the records' components, one newline at the end. The command line,
 * the report and a server all print a result through this, so they print the same thing.
 *
 * <p>{@link #write(Object, Writer)} streams: each value goes to the writer as it is serialised, so
 * a result of a million rows is never held as one text (which cost more than the rows).
 */
public final class ResultJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              // The writer belongs to the caller (standard output, a response): never closed here.
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .registerModule(new SimpleModule("optional").addSerializer(new OptionalSerializer()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  private ResultJson() {}

  /** A result (or any value made of records, lists, maps and scalars) as JSON text. */
  public static String write(Object result) {
    StringWriter text = new StringWriter();
    write(result, text);
    return text.toString();
  }

  /**
   * A result written to {@code out} as it is serialised, the same text {@link #write(Object)}
   * gives; {@code out} is flushed, not closed.
   *
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void write(Object result, Writer out) {
    try {
      MAPPER.writeValue(out, result);
      out.write('\n');
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
