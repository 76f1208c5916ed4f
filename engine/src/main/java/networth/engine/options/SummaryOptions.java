package networth.engine.options;

import networth.model.Period;

/**
 * {@code summary}.
 *
 * @param period only the opportunities dated in it count
 */
public record SummaryOptions(Period period) {}
