package networth.model;

import java.util.Optional;

/**
 * What happens next on an open opportunity: "next conversation at the end of the month".
 *
 * @param description what the step is
 * @param date when it is due, if known
 */
public record NextStep(String description, Optional<PartialDate> date) {}
