package networth.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import networth.model.Deal;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * Makes realistic referral networks for tests and benchmarks: a few channels and other origins,
 * people in layers (most close to the origins, a few far down), opportunities at the end. Every
 * link goes from a lower layer to a higher one, so the network is acyclic by construction; sources
 * are chosen by preferential attachment within a layer (a node that already leads to many is more
 * likely to lead to more: heavy-tailed fan-out, Barabási and Albert 1999); every node but the
 * origins gets at least one link in; links are dated, later layers later. Deterministic for a seed.
 */
public final class NetworkGenerator {

  /** How deep the people go: layers 1..{@value}, geometric with ratio 0.6. */
  public static final int PEOPLE_LAYERS = 10;

  public static final int CHANNELS_DEFAULT = 8;

  private static final LocalDate START = LocalDate.of(2010, 1, 1);

  private final int people;
  private final int links;
  private final int opportunities;
  private final int channels;
  private final SplittableRandom random;

  /**
   * @param people how many people (and other middle nodes: organisations, events, content)
   * @param links how many links in all; at least one per non-origin node is made whatever this says
   * @param opportunities how many opportunities (60% clients, 30% prospects, 10% lost)
   * @param channels how many channels (origins); a few jobs are origins too
   */
  public NetworkGenerator(int people, int links, int opportunities, int channels, long seed) {
    if (people < 0 || links < 0 || opportunities < 0 || channels < 1) {
      throw new IllegalArgumentException(
          "people, links and opportunities must be 0 or more and channels at least 1");
    }
    this.people = people;
    this.links = links;
    this.opportunities = opportunities;
    this.channels = channels;
    this.random = new SplittableRandom(seed);
  }

  public NetworkMap generate() {
    NetworkMap.Builder b =
        NetworkMap.builder()
            .settings(
                new MapSettings("Generated network", "GBP", Optional.of(Money.of(80, "GBP"))));
    int origins = channels + Math.max(1, people / 1000);
    int layers = PEOPLE_LAYERS + 2;
    int n = origins + people + opportunities;
    int[] layer = new int[n];
    String[] ids = new String[n];
    // Pools of sources per layer, preferential: a node appears once, plus once per link it makes.
    IntList[] pool = new IntList[layers];
    for (int l = 0; l < layers; l++) {
      pool[l] = new IntList();
    }
    int id = 0;
    List<String> channelIds = new ArrayList<>();
    for (int c = 0; c < origins; c++, id++) {
      boolean channel = c < channels;
      ids[id] = channel ? "channel-" + c : "job-" + (c - channels);
      layer[id] = 0;
      pool[0].add(id);
      b.node(Node.of(ids[id], channel ? NodeKind.CHANNEL : NodeKind.JOB));
      if (channel) {
        channelIds.add(ids[id]);
      }
    }
    List<String> events = new ArrayList<>();
    for (int p = 0; p < people; p++, id++) {
      int l = 1;
      while (l < PEOPLE_LAYERS && random.nextDouble() < 0.4) {
        l++;
      }
      layer[id] = l;
      double r = random.nextDouble();
      NodeKind kind =
          r < 0.85
              ? NodeKind.PERSON
              : r < 0.92 ? NodeKind.ORGANISATION : r < 0.97 ? NodeKind.EVENT : NodeKind.CONTENT;
      ids[id] = kind.keyword() + "-" + p;
      b.node(Node.of(ids[id], kind));
      if (kind == NodeKind.EVENT) {
        events.add(ids[id]);
      }
    }
    for (int o = 0; o < opportunities; o++, id++) {
      layer[id] = layers - 1;
      double r = random.nextDouble();
      NodeKind kind = r < 0.6 ? NodeKind.CLIENT : r < 0.9 ? NodeKind.PROSPECT : NodeKind.LOST;
      ids[id] = kind.keyword() + "-" + o;
      Deal deal =
          Deal.NONE.withValue(
              Money.of(1000L * (5 + (long) (Math.exp(random.nextDouble() * 4) * 5)), ""));
      if (kind == NodeKind.PROSPECT) {
        deal = deal.withProbability(Math.round(random.nextDouble() * 90 + 5) / 100.0);
      }
      Node node = Node.of(ids[id], kind).withDeal(deal).withDate(date(layers - 1));
      b.node(node);
    }
    // People are added to the pools layer by layer in index order, so sort them into their pools
    // now.
    for (int v = origins; v < origins + people; v++) {
      pool[layer[v]].add(v);
    }
    // Each node but the origins gets one link in, and the links left over go to nodes at random.
    int middle = n - origins;
    int[] in = new int[n];
    for (int v = origins; v < n; v++) {
      in[v] = 1;
    }
    for (long extra = (long) links - middle; extra > 0 && middle > 0; extra--) {
      in[origins + random.nextInt(middle)]++;
    }
    IntList chosen = new IntList();
    for (int v = origins; v < n; v++) {
      chosen.clear();
      for (int attempt = 0; chosen.size() < in[v] && attempt < 4 * in[v]; attempt++) {
        int from = source(pool, layer[v]);
        if (!chosen.contains(from)) {
          chosen.add(from);
        }
      }
      for (int k = 0; k < chosen.size(); k++) {
        int from = chosen.get(k);
        pool[layer[from]].add(from);
        b.link(new Link(ids[from], ids[v], "", Optional.of(date(layer[v])), ""));
      }
    }
    b.group(new Group("social", channelIds.subList(0, Math.min(3, channelIds.size()))));
    if (!events.isEmpty()) {
      b.group(new Group("events", events.subList(0, Math.min(events.size(), 1000))));
    }
    return b.build();
  }

  /** A source for a node of layer {@code below}: mostly from the layer just above it. */
  private int source(IntList[] pool, int below) {
    int l = random.nextDouble() < 0.7 ? below - 1 : random.nextInt(below);
    if (pool[l].size() == 0) {
      l = 0;
    }
    return pool[l].get(random.nextInt(pool[l].size()));
  }

  private PartialDate date(int l) {
    return PartialDate.of(START.plusDays(l * 120L + random.nextInt(120)));
  }

  /** A growable int array: pools hold millions of entries, boxed integers would triple that. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }

    boolean contains(int v) {
      for (int i = 0; i < size; i++) {
        if (values[i] == v) {
          return true;
        }
      }
      return false;
    }
  }
}
