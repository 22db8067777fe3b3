package no.dpifullmakt.practiceportal.altinn3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTest {

  @ParameterizedTest
  @CsvSource({
    "LEVENDE KUNSTIG APE, Levende Kunstig Ape",
    "VISMA SOFTWARE INTERNATIONAL AS, Visma Software International AS",
    "FJORDVIK KOMMUNALE EIENDOM KF, Fjordvik Kommunale Eiendom KF",
    "NORDFJELL INTERKOMMUNALE ARKIV IKS, Nordfjell Interkommunale Arkiv IKS",
    "SOLSIDEN BARNEHAGE SA, Solsiden Barnehage SA",
    "DIGITALISERINGSDIREKTORATET, Digitaliseringsdirektoratet",
    "BJØRKÅSEN REGNSKAP AS, Bjørkåsen Regnskap AS",
    "ÅS-HAUGEN DRIFT ASA, Ås-Haugen Drift ASA",
    "HAUGEN & SØNN DA, Haugen & Sønn DA",
    "AASEN ANS, Aasen ANS",
    "FJORDVIK KOMMUNE, Fjordvik kommune",
    "HAVLANDET FYLKESKOMMUNE, Havlandet fylkeskommune",
    "KOMMUNESEKTORENS ORGANISASJON, Kommunesektorens Organisasjon",
    "BERG OG DAL SA, Berg og Dal SA",
    "KOMMUNE AS, Kommune AS",
    "AS BYGG, As Bygg",
    "NORSK A.S. DRIFT, Norsk A.S. Drift"
  })
  void formatsNamesAsAltinn3ShowsThem(String register, String shown) {
    assertThat(DisplayNames.titleCase(register)).isEqualTo(shown);
  }
}
