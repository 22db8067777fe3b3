package no.dpifullmakt.web;

import java.util.Arrays;
import java.util.Optional;

/** The ARIA roles the robot looks for, with the Norwegian words used in its messages. */
public enum Role {
  BUTTON("button", "knappen"),
  LINK("link", "lenken"),
  TEXTBOX("textbox", "tekstfeltet"),
  SEARCHBOX("searchbox", "søkefeltet"),
  COMBOBOX("combobox", "nedtrekkslisten"),
  CHECKBOX("checkbox", "avkrysningsboksen"),
  SWITCH("switch", "bryteren"),
  TAB("tab", "fanen"),
  TABLIST("tablist", "fanelisten"),
  TABPANEL("tabpanel", "fanepanelet"),
  MENU("menu", "menyen"),
  MENUITEM("menuitem", "menyvalget"),
  DIALOG("dialog", "dialogen"),
  ALERTDIALOG("alertdialog", "varseldialogen"),
  HEADING("heading", "overskriften"),
  LIST("list", "listen"),
  LISTITEM("listitem", "listepunktet"),
  NAVIGATION("navigation", "navigasjonen"),
  STATUS("status", "statusmeldingen"),
  ALERT("alert", "varselet"),
  REGION("region", "området"),
  GROUP("group", "gruppen"),
  IMG("img", "bildet");

  private final String aria;
  private final String norwegian;

  Role(String aria, String norwegian) {
    this.aria = aria;
    this.norwegian = norwegian;
  }

  public String aria() {
    return aria;
  }

  /** "knappen", "lenken": the definite Norwegian noun for messages. */
  public String norwegian() {
    return norwegian;
  }

  public static Optional<Role> fromAria(String aria) {
    return Arrays.stream(values()).filter(r -> r.aria.equals(aria)).findFirst();
  }

  /** Whether a person can act on an element of this role (click it, type in it). */
  public boolean interactive() {
    return switch (this) {
      case BUTTON, LINK, TEXTBOX, SEARCHBOX, COMBOBOX, CHECKBOX, SWITCH, TAB, MENUITEM -> true;
      default -> false;
    };
  }
}
