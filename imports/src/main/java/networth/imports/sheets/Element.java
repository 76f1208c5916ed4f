package networth.imports.sheets;

import java.util.Optional;
import networth.model.Node;

/**
 * An element row as read: the ID it is referred to by, when the sheet has one, and the node it
 * becomes (its id still the label; {@link Elements} makes it unique).
 */
record Element(Optional<String> key, Node node) {}
