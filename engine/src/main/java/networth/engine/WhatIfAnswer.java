package networth.engine;

import java.util.List;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.whatif.WhatIf;
import networth.engine.options.WhatIfOptions;
import networth.engine.result.WhatIfResult;
import networth.model.Node;

/** {@code whatif}'s answer: what would be lost or weakened without some nodes. */
final class WhatIfAnswer {

  private WhatIfAnswer() {}

  static WhatIfResult of(Within w, WhatIfOptions o, Phases phases) {
    List<Node> removed = NodeRefs.many(w.map(), o.without());
    boolean[] taken = new boolean[w.graph().nodeCount()];
    removed.forEach(n -> taken[w.index(n.id())] = true);
    WhatIf.Outcome out = phases.phase("whatif", () -> WhatIf.without(w.graph(), taken));
    return new WhatIfResult(
        w.asked(),
        removed.stream().map(Node::id).toList(),
        out.lost().stream().map(f -> w.id(f.node())).toList(),
        out.weakened().stream().map(f -> w.id(f.node())).toList(),
        Within.cents(out.valueAtRisk()),
        Within.cents(out.valueWeakened()),
        Within.cents(w.graph().totalWeight()),
        out.weakened().stream()
            .map(f -> new WhatIfResult.RoutesLost(w.id(f.node()), Within.fourPlaces(f.shareLost())))
            .toList());
  }
}
