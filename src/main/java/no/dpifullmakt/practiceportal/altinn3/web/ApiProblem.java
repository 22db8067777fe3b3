package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.HttpStatus;

/**
 * An error answer of the JSON API: a status and a code the single-page app turns into a text, as
 * Altinn's frontend does with its localisation file.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String code;

  public ApiProblem(HttpStatus status, String code) {
    super(status.getCode() + " " + code, null, false, false);
    this.status = status;
    this.code = code;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static ApiProblem notLoggedIn() {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "IKKE_INNLOGGET");
  }

  public static ApiProblem noActor() {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "MANGLER_AKTOR");
  }

  public static ApiProblem forbidden() {
    return new ApiProblem(HttpStatus.FORBIDDEN, "MANGLER_TILGANG");
  }

  public static ApiProblem notFound(String code) {
    return new ApiProblem(HttpStatus.NOT_FOUND, code);
  }

  public static ApiProblem badRequest(String code) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, code);
  }
}
