package no.dpifullmakt.cli;

import picocli.CommandLine;

/** Creates the commands with the console they use (the real one, or a test's). */
final class CommandFactory implements CommandLine.IFactory {

  private final Console console;

  CommandFactory(Console console) {
    this.console = console;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == Commands.Give.class) {
      return type.cast(new Commands.Give(console));
    }
    if (type == Commands.Check.class) {
      return type.cast(new Commands.Check(console));
    }
    if (type == Commands.Remove.class) {
      return type.cast(new Commands.Remove(console));
    }
    if (type == PracticePortalCommand.class) {
      return type.cast(new PracticePortalCommand(console));
    }
    if (type == Commands.Rehearse.class) {
      return type.cast(new Commands.Rehearse(console));
    }
    return CommandLine.defaultFactory().create(type);
  }
}
