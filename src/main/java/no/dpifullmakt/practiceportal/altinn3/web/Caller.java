package no.dpifullmakt.practiceportal.altinn3.web;

import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/** The logged-in person and the organisation they act for, behind one API request. */
public record Caller(Person person, Organisation actor) {}
