package no.dpifullmakt.assist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The terminal side of assisted mode: questions out, typed answers in. A daemon thread reads the
 * lines, so the robot can watch the page and the terminal at the same time.
 */
final class Terminal {

  private static final Map<InputStream, Terminal> OPEN = new ConcurrentHashMap<>();

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final PrintStream out;

  private Terminal(InputStream in, PrintStream out) {
    this.out = out;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // The terminal closed: the page is still there to answer in.
              }
            },
            "terminal-svar");
    reader.setDaemon(true);
    reader.start();
  }

  static Terminal of(InputStream in, PrintStream out) {
    return OPEN.computeIfAbsent(in, key -> new Terminal(key, out));
  }

  void say(String text) {
    out.println(text);
    out.flush();
  }

  /** Forgets answers typed before the question was asked. */
  void clearAnswers() {
    lines.clear();
  }

  /** A yes or no typed since the question, if any. */
  Optional<Boolean> answer() {
    String line;
    while ((line = lines.poll()) != null) {
      String word = line.strip().toLowerCase(Locale.ROOT);
      if (word.equals("ja") || word.equals("j")) {
        return Optional.of(true);
      }
      if (word.equals("nei") || word.equals("n")) {
        return Optional.of(false);
      }
      say("Skriv ja eller nei.");
    }
    return Optional.empty();
  }
}
