# language: no
@altinn2
Egenskap: Kontrollere at en ekstern virksomhet har rett til å sende DPI-meldinger (Altinn 2)
  Kontrollen går samme vei som i brevet fram til Altinn viser rettighetshaveren («Neste» i steg 7).
  Organisasjonsnummeret og navnet peker ut nøyaktig én virksomhet. Så åpner roboten virksomheten
  på nytt fra listen «Andre med rettigheter» og leser hva den har tilgang til. Ingenting endres.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 2 og valgt virksomheten

  @kontroller
  Scenariomal: Kontroller at <leverandør> har rettigheten
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "+ Legge til ny person eller virksomhet"
    Og jeg klikker på "Ekstern virksomhet" under "Hva vil du legge til?"
    Og jeg legger inn organisasjonsnummeret <orgnr> i feltet "Org.nr."
    Og jeg legger inn de fire første tegnene i navnet, "<navn>", i feltet "Navn"
    Og jeg klikker på "Neste"
    Så har <orgnr> rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"

    @øvingsportal @situasjon:altinn2-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått rettigheten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |

    @øvingsportal @situasjon:altinn2-ks-har-dpi
    Eksempler: I øvingsportalen har KS fått rettigheten på forhånd
      | leverandør                    | orgnr     | navn |
      | KOMMUNESEKTORENS ORGANISASJON | 971032146 | komm |

  @øvingsportal
  Scenario: En virksomhet som ikke har fått rettigheten
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "+ Legge til ny person eller virksomhet"
    Og jeg klikker på "Ekstern virksomhet" under "Hva vil du legge til?"
    Og jeg legger inn organisasjonsnummeret 991825827 i feltet "Org.nr."
    Og jeg legger inn de fire første tegnene i navnet, "digi", i feltet "Navn"
    Og jeg klikker på "Neste"
    Så mangler 991825827 rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"
