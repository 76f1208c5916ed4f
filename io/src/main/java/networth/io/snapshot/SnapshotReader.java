package networth.io.snapshot;

import static networth.io.snapshot.SnapshotFormat.NONE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.CRC32C;
import networth.diagnostics.Problem;
import networth.diagnostics.Severity;
import networth.diagnostics.SourcePosition;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.model.Rhythm;

/**
 * Reads a snapshot written by {@link SnapshotWriter}. Anything wrong with the file (another key or
 * format, a short file, a checksum that does not match, a value no map can hold) is {@link
 * Unusable}: the caller then reads the map itself.
 */
final class SnapshotReader {

  /** Why a snapshot file cannot be used; never shown as an error, only as a reason to reread. */
  static final class Unusable extends Exception {
    Unusable(String why) {
      super(why, null, false, false);
    }
  }

  /** What a snapshot holds. */
  record Contents(NetworkMap map, List<Problem> problems) {}

  private final String[] strings;
  private final IntBuffer ints;

  private SnapshotReader(String[] strings, IntBuffer ints) {
    this.strings = strings;
    this.ints = ints;
  }

  static Contents read(Path file, String key) throws Unusable, IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      long length = ch.size();
      if (length < 24) {
        throw new Unusable("too short");
      }
      MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, length);
      ByteBuffer b = mapped.order(ByteOrder.LITTLE_ENDIAN);
      if (b.getLong() != SnapshotFormat.MAGIC || b.getInt() != SnapshotFormat.VERSION) {
        throw new Unusable("not a snapshot of this format");
      }
      byte[] expected = key.getBytes(StandardCharsets.UTF_8);
      int keyLength = b.getInt();
      if (keyLength != expected.length || b.remaining() < keyLength + 12) {
        throw new Unusable("another key");
      }
      byte[] found = new byte[keyLength];
      b.get(found);
      if (!java.util.Arrays.equals(found, expected)) {
        throw new Unusable("another key");
      }
      long body = b.getLong();
      int crc = b.getInt();
      if (body != b.remaining()) {
        throw new Unusable("cut short or too long");
      }
      ByteBuffer content = b.slice().order(ByteOrder.LITTLE_ENDIAN);
      CRC32C check = new CRC32C();
      check.update(content.duplicate());
      if ((int) check.getValue() != crc) {
        throw new Unusable("checksum differs");
      }
      return decode(content);
    } catch (RuntimeException e) {
      // A damaged file that still passed the checks above: any value out of its range.
      throw new Unusable("damaged: " + e);
    }
  }

  private static Contents decode(ByteBuffer b) {
    int count = b.getInt();
    int[] offsets = new int[count + 1];
    b.asIntBuffer().get(offsets);
    b.position(b.position() + 4 * (count + 1));
    int textLength = b.getInt();
    byte[] text = new byte[textLength];
    b.get(text);
    String[] strings = new String[count + 1];
    strings[0] = "";
    for (int i = 1; i <= count; i++) {
      strings[i] =
          new String(text, offsets[i - 1], offsets[i] - offsets[i - 1], StandardCharsets.UTF_8);
    }
    SnapshotReader r =
        new SnapshotReader(strings, b.slice().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer());
    NetworkMap map = r.map();
    List<Problem> problems = r.problems();
    if (r.ints.hasRemaining()) {
      throw new IllegalStateException("ints left over");
    }
    return new Contents(map, problems);
  }

  private NetworkMap map() {
    String title = string();
    String currency = string();
    MapSettings settings = new MapSettings(title, currency, money());
    int n = ints.get();
    List<Node> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      nodes.add(node());
    }
    int m = ints.get();
    int[] from = new int[m];
    int[] to = new int[m];
    ints.get(from);
    ints.get(to);
    String[] kind = strings(m);
    String[] note = strings(m);
    // Dates are kept packed, as the map keeps them, and not checked one by one: the checksum has
    // already said the file is as written.
    int[] date = new int[m];
    ints.get(date);
    int attributed = ints.get();
    Map<String, String>[] attributes = attributed == 0 ? null : newAttributes(m);
    for (int i = 0; i < attributed; i++) {
      attributes[ints.get()] = attributes();
    }
    int g = ints.get();
    List<Group> groups = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      String name = string();
      int size = ints.get();
      List<String> members = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        members.add(string());
      }
      groups.add(new Group(name, members));
    }
    int a = ints.get();
    List<Affiliation> affiliations = new ArrayList<>(a);
    for (int i = 0; i < a; i++) {
      affiliations.add(
          new Affiliation(
              string(), string(), Affiliation.Role.values()[ints.get()], date(), date(), string()));
    }
    return NetworkMap.restored(
        settings, nodes, from, to, kind, note, date, attributes, groups, affiliations);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newAttributes(int n) {
    return (Map<String, String>[]) new Map<?, ?>[n];
  }

  private Node node() {
    String id = string();
    String label = string();
    NodeKind kind = NodeKind.values()[ints.get()];
    Optional<PartialDate> date = date();
    Optional<PartialDate> until = date();
    String note = string();
    Deal deal = deal();
    Optional<Money> money = money();
    OptionalDouble hours = number();
    Optional<Money> rate = money();
    Optional<Rhythm> moneyEvery = rhythm();
    Optional<Rhythm> hoursEvery = rhythm();
    Cost cost =
        money.isEmpty() && hours.isEmpty() && rate.isEmpty()
            ? Cost.NONE
            : new Cost(money, hours, rate, moneyEvery, hoursEvery);
    Map<String, String> attributes = attributes();
    int later = ints.get();
    List<LaterDeal> laterDeals = new ArrayList<>(later);
    for (int i = 0; i < later; i++) {
      laterDeals.add(new LaterDeal(LaterDeal.Outcome.values()[ints.get()], date(), deal()));
    }
    return new Node(id, label, kind, date, until, note, deal, cost, attributes, laterDeals);
  }

  private Deal deal() {
    Optional<Money> value = money();
    OptionalDouble probability = number();
    String stage = string();
    int description = ints.get();
    Optional<NextStep> next =
        description == NONE
            ? Optional.empty()
            : Optional.of(new NextStep(strings[description], date()));
    if (value.isEmpty() && probability.isEmpty() && stage.isEmpty() && next.isEmpty()) {
      return Deal.NONE;
    }
    return new Deal(value, probability, stage, next);
  }

  private List<Problem> problems() {
    int count = ints.get();
    List<Problem> problems = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Severity severity = Severity.values()[ints.get()];
      SourcePosition at = new SourcePosition(string(), ints.get(), ints.get());
      problems.add(new Problem(severity, at, ints.get(), string(), string(), string()));
    }
    return problems;
  }

  private Map<String, String> attributes() {
    int count = ints.get();
    if (count == 0) {
      return Map.of();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      attributes.put(string(), string());
    }
    return attributes;
  }

  private Optional<Money> money() {
    int amount = ints.get();
    if (amount == NONE) {
      return Optional.empty();
    }
    return Optional.of(new Money(new BigDecimal(strings[amount]), string()));
  }

  private OptionalDouble number() {
    if (ints.get() == NONE) {
      return OptionalDouble.empty();
    }
    long high = ints.get();
    long low = ints.get() & 0xFFFFFFFFL;
    return OptionalDouble.of(Double.longBitsToDouble(high << 32 | low));
  }

  private Optional<Rhythm> rhythm() {
    int r = ints.get();
    return r == NONE ? Optional.empty() : Optional.of(Rhythm.values()[r]);
  }

  private Optional<PartialDate> date() {
    int d = ints.get();
    return d == NONE ? Optional.empty() : Optional.of(SnapshotFormat.unpack(d));
  }

  private String[] strings(int m) {
    int[] numbers = new int[m];
    ints.get(numbers);
    String[] out = new String[m];
    for (int e = 0; e < m; e++) {
      out[e] = strings[numbers[e]];
    }
    return out;
  }

  private String string() {
    return strings[ints.get()];
  }
}
