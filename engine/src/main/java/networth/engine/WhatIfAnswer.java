package networth.engine;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.whatif.WhatIf;
import networth.engine.exact.EachGone;
import networth.engine.exact.Loss;
import networth.engine.options.WhatIfOptions;
import networth.engine.result.WhatIfResult;
import networth.model.Group;
import networth.model.Node;
import networth.model.NodeKind;

/** {@code whatif}'s answer: what would be lost or weakened without some nodes. */
final class WhatIfAnswer {

  private WhatIfAnswer() {}

  /** Without the nodes named. */
  static Loss loss(Within w, WhatIfOptions o, Phases phases) {
    List<Node> removed = NodeRefs.many(w.map(), o.without());
    boolean[] taken = new boolean[w.graph().nodeCount()];
    removed.forEach(n -> taken[w.index(n.id())] = true);
    return phases.phase("whatif", () -> loss(w, removed.stream().map(Node::id).toList(), taken));
  }

  /** The same rounded as every front end prints it. */
  static WhatIfResult result(Within w, Loss loss) {
    return new WhatIfResult(
        w.asked(),
        loss.without(),
        loss.lost().stream().map(Loss.Fate::id).toList(),
        loss.weakened().stream().map(Loss.Fate::id).toList(),
        Within.cents(loss.valueAtRisk()),
        Within.cents(loss.valueWeakened()),
        Within.cents(loss.total()),
        loss.weakened().stream()
            .map(f -> new WhatIfResult.RoutesLost(f.id(), Within.fourPlaces(f.routesLost())))
            .toList());
  }

  /** Without each group in turn (the members the map has), else each channel. */
  static EachGone each(Within w, Phases phases) {
    return phases.phase(
        "whatif",
        () -> {
          int n = w.graph().nodeCount();
          List<EachGone.Gone> gone = new ArrayList<>();
          if (!w.map().groups().isEmpty()) {
            for (Group group : w.map().groups()) {
              boolean[] taken = new boolean[n];
              List<String> members = new ArrayList<>();
              for (String id : group.members()) {
                w.graph()
                    .indexOf(id)
                    .ifPresent(
                        v -> {
                          taken[v] = true;
                          members.add(id);
                        });
              }
              gone.add(new EachGone.Gone(group.name(), loss(w, members, taken)));
            }
            return new EachGone(EachGone.Unit.GROUP, gone);
          }
          for (int v = 0; v < n; v++) {
            if (w.graph().kind(v) == NodeKind.CHANNEL) {
              boolean[] taken = new boolean[n];
              taken[v] = true;
              gone.add(new EachGone.Gone(w.id(v), loss(w, List.of(w.id(v)), taken)));
            }
          }
          return new EachGone(EachGone.Unit.CHANNEL, gone);
        });
  }

  private static Loss loss(Within w, List<String> without, boolean[] taken) {
    WhatIf.Outcome out = WhatIf.without(w.graph(), taken);
    return new Loss(
        without,
        out.lost().stream().map(f -> fate(w, f)).toList(),
        out.weakened().stream().map(f -> fate(w, f)).toList(),
        out.valueAtRisk(),
        out.valueWeakened(),
        w.graph().totalWeight());
  }

  private static Loss.Fate fate(Within w, WhatIf.Fate f) {
    return new Loss.Fate(w.id(f.node()), w.graph().weight(f.node()), f.shareLost());
  }
}
