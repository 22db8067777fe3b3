package no.dpifullmakt.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * What a run talks to outside itself: environment variables and the person's terminal. The real
 * ones, or a test's.
 */
public record Console(UnaryOperator<String> environment, InputStream in, PrintStream out) {

  public static Console system() {
    return new Console(System::getenv, System.in, System.out);
  }
}
