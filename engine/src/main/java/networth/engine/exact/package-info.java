/**
 * The answers as computed, before any rounding, for the views that show numbers their own way: the
 * report and the text, Markdown and CSV views. The JSON form of an analysis ({@link
 * networth.engine.result}) is rounded from the same answer, so the two never disagree beyond the
 * rounding each shows. Nodes are named by id; amounts are the map's weights (value, or value ×
 * probability), as doubles.
 */
package networth.engine.exact;
