package no.dpifullmakt.report;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's stack trace, with secrets masked (exception messages can quote input). */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(ch.qos.logback.classic.spi.IThrowableProxy proxy) {
    return SecretMask.apply(super.throwableProxyToString(proxy));
  }

  @Override
  public String convert(ILoggingEvent event) {
    return SecretMask.apply(super.convert(event));
  }
}
