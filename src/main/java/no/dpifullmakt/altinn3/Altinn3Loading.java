package no.dpifullmakt.altinn3;

import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;

/** Altinn 3's spinner: content is there only when it is gone. */
final class Altinn3Loading {

  static final Target SPINNER = Target.of(Role.IMG, NameMatcher.exact(Altinn3Texts.LOADING));

  private Altinn3Loading() {}
}
