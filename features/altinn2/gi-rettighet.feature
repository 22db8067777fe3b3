# language: no
@altinn2
Egenskap: Gi en ekstern virksomhet rett til å sende digital post til innbyggere (Altinn 2)
  En ekstern virksomhet, for eksempel en fagsystemleverandør eller en databehandler, skal kunne
  sende digital post til innbyggere (DPI) på vegne av virksomheten. Daglig leder, eller den som er
  bemyndiget til å delegere rettigheter i Altinn, gir virksomheten rettigheten.

  Dette er de tolv stegene fra brevet fra 2022, i Altinn 2. Altinn 2 ble stengt 19. juni 2026; i dag
  gis rettigheten i Altinn 3 (se features/altinn3). Stegene gjelder øvingsportalen og eldre kopier.

  Roboten sjekker alltid hva som allerede er gitt før den endrer noe. Har virksomheten rettigheten
  fra før, sier roboten fra («allerede gitt») og gir den ikke en gang til.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 2 og valgt virksomheten

  @utfør
  Scenariomal: Gi <leverandør> rettighet til å sende DPI-meldinger
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "+ Legge til ny person eller virksomhet"
    Og jeg klikker på "Ekstern virksomhet" under "Hva vil du legge til?"
    Og jeg legger inn organisasjonsnummeret <orgnr> i feltet "Org.nr."
    Og jeg legger inn de fire første tegnene i navnet, "<navn>", i feltet "Navn"
    Og jeg klikker på "Neste"
    Og jeg klikker på "Gi tilgang til enkelttjenester"
    Og jeg søker på "dpi" i søkefeltet
    Og jeg klikker på plusstegnet til høyre for "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"
    Og jeg klikker på "Neste" nederst i vinduet
    Og jeg klikker på "Ferdig"
    Så har <orgnr> rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"

    Eksempler:
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |
      | Digitaliseringsdirektoratet      | 991825827 | digi |

  @øvingsportal @situasjon:altinn2-visma-har-dpi
  Scenario: Visma har rettigheten fra før – roboten sier fra og gir den ikke på nytt
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "+ Legge til ny person eller virksomhet"
    Og jeg klikker på "Ekstern virksomhet" under "Hva vil du legge til?"
    Og jeg legger inn organisasjonsnummeret 980858073 i feltet "Org.nr."
    Og jeg legger inn de fire første tegnene i navnet, "vism", i feltet "Navn"
    Og jeg klikker på "Neste"
    Og jeg klikker på "Gi tilgang til enkelttjenester"
    Og jeg søker på "dpi" i søkefeltet
    Og jeg klikker på plusstegnet til høyre for "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"
    Og jeg klikker på "Neste" nederst i vinduet
    Og jeg klikker på "Ferdig"
    Så sier roboten fra at rettigheten allerede var gitt, og gir den ikke på nytt
    Og har 980858073 rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten" nøyaktig én gang

  @øvingsportal @situasjon:altinn2-ks-har-dpi
  Scenario: KS står allerede i listen – «Gi eller fjern tilgang» viser at rettigheten er gitt
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "Gi eller fjern tilgang" ved "KOMMUNESEKTORENS ORGANISASJON"
    Så ser jeg at rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten" allerede er gitt
