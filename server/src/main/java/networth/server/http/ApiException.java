package networth.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses, answered as {@code application/problem+json} (RFC 9457): the
 * status, a short title and a {@code detail} a person understands, with any further members (the
 * problems of a map, the parameter at fault).
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient Map<String, Object> members;
  private final transient Map<String, String> headers;

  public ApiException(int status, String title, String detail) {
    this(status, title, detail, Map.of(), Map.of());
  }

  private ApiException(
      int status,
      String title,
      String detail,
      Map<String, Object> members,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.title = title;
    this.members = Map.copyOf(members);
    this.headers = Map.copyOf(headers);
  }

  /** The same with one more member in the body. */
  public ApiException with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(members);
    more.put(name, value);
    return new ApiException(status, title, getMessage(), more, headers);
  }

  /** The same with a response header (Retry-After, ETag). */
  public ApiException withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiException(status, title, getMessage(), members, more);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, Object> members() {
    return members;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", detail);
  }

  /** A query parameter that cannot be answered: 400 naming it. */
  public static ApiException badParameter(String parameter, String detail) {
    return new ApiException(400, "Bad parameter", detail).with("parameter", parameter);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(403, "Forbidden", detail);
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "Not signed in", detail);
  }

  public static ApiException unprocessable(String detail) {
    return new ApiException(422, "Unprocessable content", detail);
  }
}
