package networth.spark;

/**
 * One channel's credit under the three heuristics, named as ChannelAttribution's {@code
 * heuristic_models} names its columns.
 *
 * @param channelName the channel ({@code channel_name})
 * @param firstTouchConversions conversions of the journeys whose first touch it was
 * @param firstTouchValue their value
 * @param lastTouchConversions conversions of the journeys whose last touch it was
 * @param lastTouchValue their value
 * @param linearTouchConversions each journey's conversions shared equally among its touches, a
 *     channel met twice on a path taking two shares
 * @param linearTouchValue the value shared the same way
 */
public record HeuristicCredit(
    String channelName,
    double firstTouchConversions,
    double firstTouchValue,
    double lastTouchConversions,
    double lastTouchValue,
    double linearTouchConversions,
    double linearTouchValue) {}
