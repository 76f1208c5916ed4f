package networth.model;

import java.util.Optional;

/**
 * What a map says about itself.
 *
 * @param title its title, or empty
 * @param currency the currency of amounts that name none (an ISO 4217 code), or empty
 * @param hourlyRate the value of an hour spent on a channel, unless the channel gives its own
 */
public record MapSettings(String title, String currency, Optional<Money> hourlyRate) {

  public static final MapSettings NONE = new MapSettings("", "", Optional.empty());
}
