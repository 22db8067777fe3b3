package no.dpifullmakt.report;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The run's own log file, next to its reports, with time stamps and debug detail. Its pattern uses
 * the masking converters that logback.xml registers.
 */
public final class RunLog implements AutoCloseable {

  private static final String PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %maskedMsg%n%maskedEx";

  private final FileAppender<ILoggingEvent> appender;

  private RunLog(FileAppender<ILoggingEvent> appender) {
    this.appender = appender;
  }

  public static RunLog attach(Path file) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("KJORING-" + file.getFileName());
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.start();
    // At the root: the robot's lines and every library's warnings, which the console leaves out.
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    return new RunLog(appender);
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
  }
}
