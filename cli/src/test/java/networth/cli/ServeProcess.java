package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code networth serve --port 0} in a JVM of its own, as a person starts it, with the address it
 * printed: a test stops it with {@link Process#destroy()} (SIGTERM), as Ctrl-C would.
 *
 * @param process the server's process
 * @param url the address it said to open, {@code http://127.0.0.1:PORT/}
 */
record ServeProcess(Process process, String url) {

  /**
   * Adds an account to the database in {@code dataDir} as a person does, {@code networth users add
   * NAME --password-stdin}, the password typed on standard input.
   */
  static void addUser(Path dataDir, String name, String password) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "networth.cli.Networth",
                "users",
                "add",
                name,
                "--password-stdin",
                "--data-dir",
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (var in = p.getOutputStream()) {
      in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
    }
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(said).isZero();
  }

  static ServeProcess start(Path dataDir, String... more) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "networth.cli.Networth",
                "serve",
                "--port",
                "0",
                "--data-dir",
                dataDir.toString()));
    command.addAll(List.of(more));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String url = "";
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("Open ")) {
        url = line.substring("Open ".length()).split(" ")[0];
        break;
      }
    }
    assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
    return new ServeProcess(p, url);
  }
}
