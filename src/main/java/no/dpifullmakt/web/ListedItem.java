package no.dpifullmakt.web;

import java.util.List;

/**
 * A list item or table row with the elements inside it that the robot asked for, all from the same
 * look at the page.
 */
public record ListedItem(AccessibleElement item, List<AccessibleElement> parts) {}
