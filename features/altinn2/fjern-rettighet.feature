# language: no
@altinn2
Egenskap: Fjerne rettigheten til å sende DPI-meldinger fra en ekstern virksomhet (Altinn 2)
  Slik trekkes rettigheten tilbake, for eksempel når leverandøren byttes, eller for å rydde etter
  en nattlig prøvekjøring. Har virksomheten ikke rettigheten, er det ingenting å fjerne, og roboten
  endrer ingenting.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 2 og valgt virksomheten

  @fjern
  Scenariomal: Fjern rettigheten fra <leverandør>
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg klikker på "Andre med rettigheter til virksomheten"
    Og jeg klikker på "+ Legge til ny person eller virksomhet"
    Og jeg klikker på "Ekstern virksomhet" under "Hva vil du legge til?"
    Og jeg legger inn organisasjonsnummeret <orgnr> i feltet "Org.nr."
    Og jeg legger inn de fire første tegnene i navnet, "<navn>", i feltet "Navn"
    Og jeg klikker på "Neste"
    Og jeg klikker på "Fjern en eller flere rettigheter"
    Og jeg klikker på "Fjern" ved "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"
    Og jeg klikker på "Ferdig"
    Og jeg klikker på "Ferdig"
    Så mangler <orgnr> rettigheten "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"

    @øvingsportal @situasjon:altinn2-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått rettigheten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |
