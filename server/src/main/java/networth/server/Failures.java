package networth.server;

import networth.server.http.ApiException;
import networth.store.StoreException;

/** The store's refusals as HTTP answers. */
final class Failures {

  private Failures() {}

  static ApiException of(StoreException e) {
    if (e instanceof StoreException.NotFound) {
      return ApiException.notFound(e.getMessage());
    }
    if (e instanceof StoreException.Stale s) {
      return new ApiException(412, "Precondition failed", e.getMessage())
          .with("currentVersion", s.current());
    }
    if (e instanceof StoreException.NotAllowed) {
      return ApiException.forbidden(e.getMessage());
    }
    if (e instanceof StoreException.Invalid) {
      return ApiException.unprocessable(e.getMessage());
    }
    if (e instanceof StoreException.Unavailable) {
      return new ApiException(503, "Database unavailable", e.getMessage())
          .withHeader("Retry-After", "5");
    }
    System.err.println("networth serve: " + e.getMessage());
    return new ApiException(500, "Storage failed", e.getMessage());
  }
}
