package networth.server.maps;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import networth.imports.ImportFile;
import networth.server.access.Guard;
import networth.server.http.ApiException;

/**
 * The files of an upload: the {@code file} parts of a {@code multipart/form-data} body, each under
 * the name the browser gave it, which is the name every message and {@code source} attribute then
 * cites.
 */
final class Uploads {

  /** The name of the parts that hold the files. */
  static final String PART = "file";

  private Uploads() {}

  /**
   * The uploaded files, in the order sent.
   *
   * @throws ApiException 415 for a body that is not multipart; 400 for one without a named file;
   *     413 for one over the server's limit
   */
  static List<ImportFile> files(Context ctx, long limit) {
    if (!ctx.isMultipartFormData()) {
      throw new ApiException(
              415,
              "Unsupported media type",
              "send the files as multipart/form-data, each in a part named \""
                  + PART
                  + "\" with its file name (curl -F file=@Connections.csv)")
          .withHeader("Accept", "multipart/form-data");
    }
    List<UploadedFile> parts;
    try {
      parts = ctx.uploadedFiles(PART);
    } catch (IllegalStateException e) {
      // Jetty's multipart parser refuses a body past the configured size this way.
      throw Guard.tooLarge(limit);
    }
    if (parts.isEmpty()) {
      throw ApiException.badRequest(
              "the body holds no file: send each file in a part named \"" + PART + "\"")
          .with("field", PART);
    }
    List<ImportFile> files = new ArrayList<>();
    for (UploadedFile part : parts) {
      String name = baseName(part.filename());
      if (name.isEmpty()) {
        throw ApiException.badRequest(
                "a \""
                    + PART
                    + "\" part has no file name: give each its name (filename=\"Connections.csv\"),"
                    + " which tells its kind and is what messages cite")
            .with("field", PART);
      }
      try (InputStream in = part.content()) {
        files.add(ImportFile.of(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The name without any folder a browser or client left in it. */
  static String baseName(String filename) {
    if (filename == null) {
      return "";
    }
    String n = filename.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1).strip();
  }
}
