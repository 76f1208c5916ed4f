package networth.engine.options;

import networth.model.Period;

/**
 * {@code timeline}.
 *
 * @param period only the opportunities dated in it count
 */
public record TimelineOptions(Period period) {}
