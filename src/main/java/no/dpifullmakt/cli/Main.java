package no.dpifullmakt.cli;

public final class Main {
  public static void main(String[] args) {}
}
