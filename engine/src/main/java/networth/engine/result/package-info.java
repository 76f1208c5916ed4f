/**
 * One record per analysis's answer, as every front end gives it: the component names are the JSON
 * keys (docs/json-output.md), in the order they are printed; amounts are {@link
 * java.math.BigDecimal} rounded as printed (cents); a key that only some answers carry is an {@link
 * java.util.Optional} left out when empty, and one printed as {@code null} when unknown is an
 * {@code Optional} without {@link com.fasterxml.jackson.annotation.JsonInclude}.
 */
package networth.engine.result;
