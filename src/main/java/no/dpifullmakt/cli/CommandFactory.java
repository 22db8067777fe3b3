package no.dpifullmakt.cli;

import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Creates the commands with the environment variables they read (the real ones, or a test's). */
final class CommandFactory implements CommandLine.IFactory {

  private final UnaryOperator<String> environment;

  CommandFactory(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == Commands.Give.class) {
      return type.cast(new Commands.Give(environment));
    }
    if (type == Commands.Check.class) {
      return type.cast(new Commands.Check(environment));
    }
    if (type == Commands.Remove.class) {
      return type.cast(new Commands.Remove(environment));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
