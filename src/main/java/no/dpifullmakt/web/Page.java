package no.dpifullmakt.web;

/**
 * A page object: the services one screen offers. Creating one checks that the browser is on that
 * screen; beyond that a page object asserts nothing.
 */
public abstract class Page {

  protected final Ui ui;

  protected Page(Ui ui, Target identifiedBy) {
    this.ui = ui;
    if (identifiedBy != null) {
      ui.find(identifiedBy);
    }
  }
}
