package networth.reach;

import networth.model.Cost;
import networth.model.NodeKind;

/**
 * Where work can start: an origin (a node nothing leads to, not an opportunity, from which at least
 * one route starts) or any other node with a cost, whatever its kind.
 *
 * @param touch the opportunities it led to, directly or indirectly, and their value
 * @param kind what the node is (a channel, a job, an event...)
 * @param cost what the map says it cost, or {@link Cost#NONE}
 * @param origin whether nothing leads to it
 */
public record Source(Touch touch, NodeKind kind, Cost cost, boolean origin) {

  /** The node's id. */
  public String id() {
    return touch.name();
  }

  /** How it is shown. */
  public String label() {
    return touch.title();
  }

  /** How a sentence names it: "Acme Studio (job)"; a node of no declared kind by its label. */
  public String named() {
    return kind == NodeKind.UNKNOWN ? label() : label() + " (" + kind.keyword() + ")";
  }
}
