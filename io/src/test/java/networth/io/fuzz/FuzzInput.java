package networth.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One input for the readers: a map file, or the two sheets of the CSV pair, as bytes, and how it
 * was made (for the report of a failing try).
 *
 * @param form which reader it is for
 * @param files one file's bytes, or the elements and the connections sheet
 * @param how the seed and the mutations that made it
 */
record FuzzInput(Form form, List<byte[]> files, String how) {

  enum Form {
    NETMAP,
    JSON,
    CSV
  }

  static FuzzInput one(Form form, String how, byte[] bytes) {
    return new FuzzInput(form, List.of(bytes), how);
  }

  static FuzzInput pair(String how, byte[] elements, byte[] connections) {
    return new FuzzInput(Form.CSV, List.of(elements, connections), how);
  }

  /** The same input with file {@code i} changed by a mutation. */
  FuzzInput mutated(int i, Mutation m) {
    int which = i % files.size();
    List<byte[]> changed = new java.util.ArrayList<>(files);
    changed.set(which, m.apply(files.get(which)));
    return new FuzzInput(form, List.copyOf(changed), how + " | file " + which + ": " + m);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(form + " from " + how);
    for (byte[] f : files) {
      String text = new String(f, StandardCharsets.UTF_8);
      out.append("\n----\n").append(text.length() > 4000 ? text.substring(0, 4000) + "…" : text);
    }
    return out.toString();
  }
}
