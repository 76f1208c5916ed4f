package networth.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Model;
import networth.engine.MapWorkspace;
import networth.engine.options.AttributeOptions;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.RoiOptions;
import networth.engine.options.SummaryOptions;
import networth.engine.options.TimelineOptions;
import networth.engine.options.WhatIfOptions;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every analysis' JSON, streamed to a writer, is byte for byte the text the whole result gave when
 * it was first made into one string: the old way is kept here as the reference.
 */
class StreamedJsonTest {

  /** The mapper as it was before results were streamed: the whole text at once. */
  private static final ObjectMapper BEFORE =
      new ObjectMapper()
          .registerModule(new SimpleModule("optional").addSerializer(new OptionalSerializer()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

  @ParameterizedTest
  @ValueSource(strings = {"freelance-designer", "power-of-the-network"})
  void everyAnalysisIsStreamedAsTheWholeTextWas(String example) throws IOException {
    Path file = Path.of("..", "examples", example + ".netmap");
    var read = NetmapReader.read(file.toString(), Files.readString(file));
    MapWorkspace w = MapWorkspace.of(read);
    String opportunity =
        read.map().nodes().stream()
            .filter(n -> n.kind().isOpportunity())
            .findFirst()
            .orElseThrow()
            .id();
    List<Object> results =
        List.of(
            w.summary(new SummaryOptions(Period.ALWAYS)),
            w.attribute(AttributeOptions.DEFAULTS),
            w.critical(new CriticalOptions(20, Period.ALWAYS)),
            w.connectors(new ConnectorsOptions(20, Period.ALWAYS)),
            w.roi(new RoiOptions(Model.LINEAR, Period.ALWAYS)),
            w.timeline(new TimelineOptions(Period.ALWAYS)),
            w.whatIf(new WhatIfOptions(List.of(opportunity), Period.ALWAYS)));
    for (Object result : results) {
      StringWriter streamed = new StringWriter();
      ResultJson.write(result, streamed);

      String before = BEFORE.writeValueAsString(result) + "\n";
      assertThat(streamed.toString()).as(result.getClass().getSimpleName()).isEqualTo(before);
      assertThat(ResultJson.write(result)).isEqualTo(before);
    }
  }

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
