package no.dpifullmakt.altinn3;

/**
 * One API in the results of "Gi fullmakt", as read from its row.
 *
 * @param position the row's place on the results page, from 0: rows with the same title are told
 *     apart by it
 * @param page the results page it is on, from 1
 * @param title the API's title, from its action button ("Gi fullmakt for <title>")
 * @param given whether the action offered is "Slett fullmakt for <title>": the supplier has it
 * @param known whether the action can be used, so "given" can be trusted (Altinn disables the
 *     buttons until it has read what the supplier has)
 */
public record ApiRow(int position, int page, String title, boolean given, boolean known) {}
