package networth.engine;

import networth.io.netmap.NetmapReader;

/**
 * A map small enough to work every answer out by hand.
 *
 * <pre>
 * Blog ──→ Ann ──→ Acme (client, 1,000, won 2023-03)
 * Twitter ─┘
 * Twitter ──→ Bolt (client, 500, won 2024-02)
 * Blog ──→ Cara (prospect, 2,000 at 25% = 500, since 2023-06)
 * </pre>
 *
 * The value counted is 1,000 + 500 + 500 = 2,000. Acme has two routes (through Blog and through
 * Twitter), both through Ann; Bolt and Cara one each.
 */
final class TinyMap {

  static final String TEXT =
      """
      title "Tiny"
      currency GBP
      rate 50
      group online = Blog, Twitter
      channel Blog hours 10
      channel Twitter cost 100
      person Ann
      client Acme value 1000 won 2023-03
      client Bolt value 500 won 2024-02
      prospect Cara value 2000 p 25% since 2023-06
      Blog -> Ann -> Acme
      Twitter -> Ann
      Twitter -> Bolt
      Blog -> Cara
      """;

  private TinyMap() {}

  static MapWorkspace open() {
    MapWorkspace w = MapWorkspace.of(NetmapReader.read("tiny.netmap", TEXT));
    if (w.hasErrors()) {
      throw new AssertionError("the tiny map has errors: " + w.problems());
    }
    return w;
  }
}
