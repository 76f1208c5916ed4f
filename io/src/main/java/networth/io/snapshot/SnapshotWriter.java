package networth.io.snapshot;

import static networth.io.snapshot.SnapshotFormat.NONE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.CRC32C;
import networth.diagnostics.Problem;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.PartialDate;

/** Writes a checked map and its problems in the {@link SnapshotFormat} layout. */
final class SnapshotWriter {

  private final Map<String, Integer> numbers = new HashMap<>();
  private final java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(1 << 16);
  private int[] offsets = new int[1 << 10];
  private int strings;
  private int[] ints = new int[1 << 12];
  private int size;

  // Number 0 is the empty string, which most notes and kinds are: it takes no room in the table.
  private SnapshotWriter() {}

  /** Writes the snapshot of {@code map} and {@code problems}, kept under {@code key}, to a file. */
  static void write(NetworkMap map, List<Problem> problems, String key, Path file)
      throws IOException {
    SnapshotWriter w = new SnapshotWriter();
    w.map(map);
    w.problems(problems);
    w.save(key, file);
  }

  private void map(NetworkMap map) {
    string(map.settings().title());
    string(map.settings().currency());
    money(map.settings().hourlyRate());
    List<Node> nodes = map.nodes();
    add(nodes.size());
    for (Node n : nodes) {
      node(n);
    }
    List<Link> links = map.links();
    int m = links.size();
    add(m);
    for (int e = 0; e < m; e++) {
      add(map.fromIndex(e));
    }
    for (int e = 0; e < m; e++) {
      add(map.toIndex(e));
    }
    int[] kinds = new int[m];
    int[] notes = new int[m];
    int[] dates = new int[m];
    int attributed = 0;
    for (int e = 0; e < m; e++) {
      Link l = links.get(e);
      kinds[e] = number(l.kind());
      notes[e] = number(l.note());
      dates[e] = l.date().isEmpty() ? NONE : SnapshotFormat.pack(l.date().get());
      attributed += l.attributes().isEmpty() ? 0 : 1;
    }
    addAll(kinds);
    addAll(notes);
    addAll(dates);
    add(attributed);
    for (int e = 0; e < m && attributed > 0; e++) {
      Link l = links.get(e);
      if (!l.attributes().isEmpty()) {
        add(e);
        attributes(l.attributes());
      }
    }
    add(map.groups().size());
    for (Group g : map.groups()) {
      string(g.name());
      add(g.members().size());
      g.members().forEach(this::string);
    }
    add(map.affiliations().size());
    for (Affiliation a : map.affiliations()) {
      string(a.person());
      string(a.organisation());
      add(a.role().ordinal());
      date(a.since());
      date(a.until());
      string(a.note());
    }
  }

  private void node(Node n) {
    string(n.id());
    string(n.label());
    add(n.kind().ordinal());
    date(n.date());
    date(n.until());
    string(n.note());
    deal(n.deal());
    Cost c = n.cost();
    money(c.money());
    number(c.hours());
    money(c.rate());
    add(c.moneyEvery().map(Enum::ordinal).orElse(NONE));
    add(c.hoursEvery().map(Enum::ordinal).orElse(NONE));
    attributes(n.attributes());
    add(n.laterDeals().size());
    for (LaterDeal d : n.laterDeals()) {
      add(d.outcome().ordinal());
      date(d.date());
      deal(d.terms());
    }
  }

  private void deal(Deal d) {
    money(d.value());
    number(d.probability());
    string(d.stage());
    if (d.next().isPresent()) {
      string(d.next().get().description());
      date(d.next().get().date());
    } else {
      add(NONE);
    }
  }

  private void problems(List<Problem> problems) {
    add(problems.size());
    for (Problem p : problems) {
      add(p.severity().ordinal());
      string(p.position().source());
      add(p.position().line());
      add(p.position().column());
      add(p.length());
      string(p.message());
      string(p.hint());
      string(p.sourceLine());
    }
  }

  private void attributes(Map<String, String> attributes) {
    add(attributes.size());
    attributes.forEach(
        (k, v) -> {
          string(k);
          string(v);
        });
  }

  private void money(Optional<Money> money) {
    if (money.isEmpty()) {
      add(NONE);
      return;
    }
    string(money.get().amount().toString());
    string(money.get().currency());
  }

  private void number(OptionalDouble d) {
    if (d.isEmpty()) {
      add(NONE);
      return;
    }
    add(0);
    long bits = Double.doubleToRawLongBits(d.getAsDouble());
    add((int) (bits >>> 32));
    add((int) bits);
  }

  private void date(Optional<PartialDate> d) {
    add(d.isEmpty() ? NONE : SnapshotFormat.pack(d.get()));
  }

  private void string(String s) {
    add(number(s));
  }

  /** The string's number in the table, adding it the first time. */
  private int number(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    Integer known = numbers.get(s);
    if (known == null) {
      known = strings + 1;
      numbers.put(s, known);
      if (known >= offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      text.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      strings = known;
      offsets[known] = text.size();
    }
    return known;
  }

  private void addAll(int[] values) {
    for (int v : values) {
      add(v);
    }
  }

  private void add(int v) {
    if (size == ints.length) {
      ints = Arrays.copyOf(ints, size + (size >> 1));
    }
    ints[size++] = v;
  }

  private void save(String key, Path file) throws IOException {
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    byte[] textBytes = text.toByteArray();
    long body = 4L + 4L * (strings + 1) + 4L + textBytes.length + 4L * size;
    ByteBuffer header = ByteBuffer.allocate(8 + 4 + 4 + keyBytes.length + 8 + 4);
    header.order(ByteOrder.LITTLE_ENDIAN);
    header.putLong(SnapshotFormat.MAGIC).putInt(SnapshotFormat.VERSION).putInt(keyBytes.length);
    header.put(keyBytes).putLong(body);
    int crcAt = header.position();
    CRC32C crc = new CRC32C();
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.position(header.capacity());
      ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(strings);
      for (int i = 0; i <= strings; i++) {
        b = room(ch, b, crc, 4);
        b.putInt(offsets[i]);
      }
      b = room(ch, b, crc, 4);
      b.putInt(textBytes.length);
      for (int at = 0; at < textBytes.length; ) {
        b = room(ch, b, crc, 1);
        int n = Math.min(b.remaining(), textBytes.length - at);
        b.put(textBytes, at, n);
        at += n;
      }
      for (int i = 0; i < size; i++) {
        b = room(ch, b, crc, 4);
        b.putInt(ints[i]);
      }
      flush(ch, b, crc);
      header.putInt((int) crc.getValue());
      header.flip();
      ch.write(header, 0);
      ch.force(false);
    }
  }

  private static ByteBuffer room(FileChannel ch, ByteBuffer b, CRC32C crc, int n)
      throws IOException {
    if (b.remaining() < n) {
      flush(ch, b, crc);
    }
    return b;
  }

  private static void flush(FileChannel ch, ByteBuffer b, CRC32C crc) throws IOException {
    b.flip();
    crc.update(b.duplicate());
    while (b.hasRemaining()) {
      ch.write(b);
    }
    b.clear();
  }
}
