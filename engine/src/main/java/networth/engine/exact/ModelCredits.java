package networth.engine.exact;

import java.util.Optional;

/**
 * Credit over every counted opportunity under every attribution model, with each model's default
 * settings (Shapley's players: the groups by group, the origins by node, the kinds by kind).
 *
 * @param byGroup per group; empty in a map with no groups
 * @param byChannel per channel (the rows of {@code byNode} that are channels)
 * @param byKind per kind of node; only when no channel is credited, empty otherwise
 * @param byNode per node
 */
public record ModelCredits(
    Optional<Comparison> byGroup,
    Comparison byChannel,
    Optional<Comparison> byKind,
    Comparison byNode) {}
