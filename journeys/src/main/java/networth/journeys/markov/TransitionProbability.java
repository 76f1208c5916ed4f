package networth.journeys.markov;

import java.util.List;

/**
 * One row of the transition matrix, with ChannelAttribution's column names ({@link #COLUMNS}).
 *
 * @param channelFrom the state left ({@code (start)}, a channel, or channels joined by a comma)
 * @param channelTo the state entered
 * @param transitionProbability the share of the journeys leaving {@code channelFrom} that go here
 */
public record TransitionProbability(
    String channelFrom, String channelTo, double transitionProbability) {
  public static final List<String> COLUMNS =
      List.of("channel_from", "channel_to", "transition_probability");
}
