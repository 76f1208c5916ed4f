package networth.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept-Encoding headers take gzip (RFC 9110, section 12.5.3). */
class EncodingsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip, deflate, br, zstd | true", // what Chromium sends
        "gzip | true",
        "x-gzip | true",
        "GZIP;Q=0.5 | true",
        "br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
        "* | true",
        "br | false",
        "identity | false",
        "gzip;q=0 | false",
        "gzip;q=0, * | false", // refused by name: the wildcard does not bring it back
        "*;q=0 | false",
        "gzip;q=nonsense | false",
        "'' | false"
      })
  void acceptsGzip(String header, boolean accepted) {
    assertThat(Encodings.acceptsGzip(header)).isEqualTo(accepted);
  }
}
