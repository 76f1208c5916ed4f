package networth.imports.sheets;

/**
 * The column names one program writes. Kumu and Gephi lay out the same two tables (one row a node,
 * one row a link) under different names.
 */
enum Dialect {
  KUMU(
      "kumu",
      "an element",
      "a connection",
      "Elements",
      "Connections",
      new String[] {"From"},
      new String[] {"To"},
      new String[] {"Type", "Connection Type"},
      new String[] {"Direction"}),
  GEPHI(
      "gephi",
      "a node",
      "an edge",
      "Nodes",
      "Edges",
      new String[] {"Source"},
      new String[] {"Target"},
      // Gephi's edge Label is what networth calls the link's kind; its Type is the direction.
      new String[] {"Label", "Kind"},
      new String[] {"Type", "Direction"});

  final String source;

  /** "an element": a row of the first table, with its article, for messages. */
  final String element;

  /** "a connection": a row of the second table. */
  final String connection;

  /** What the program names the sheets of a workbook. */
  final String elementsSheet;

  final String connectionsSheet;

  final String[] from;
  final String[] to;
  final String[] kind;
  final String[] direction;

  Dialect(
      String source,
      String element,
      String connection,
      String elementsSheet,
      String connectionsSheet,
      String[] from,
      String[] to,
      String[] kind,
      String[] direction) {
    this.source = source;
    this.element = element;
    this.connection = connection;
    this.elementsSheet = elementsSheet;
    this.connectionsSheet = connectionsSheet;
    this.from = from;
    this.to = to;
    this.kind = kind;
    this.direction = direction;
  }

  /** "From" or "Source", for messages. */
  String fromName() {
    return from[0];
  }

  String toName() {
    return to[0];
  }
}
