package no.dpifullmakt.web;

import org.openqa.selenium.WebElement;

/** A part of a page that recurs or stands alone: a dialog, a list row, a panel. */
public abstract class Component {

  protected final Ui page;
  protected final Ui inside;
  protected final WebElement root;

  protected Component(Ui page, WebElement root) {
    this.page = page;
    this.root = root;
    this.inside = page.within(root);
  }
}
