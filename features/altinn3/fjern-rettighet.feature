# language: no
@altinn3
Egenskap: Fjerne fullmakten til å sende digital post til innbyggere (Altinn 3)
  Slik trekkes fullmakten tilbake, for eksempel når leverandøren byttes, eller for å rydde etter en
  nattlig prøvekjøring i tt02. Har leverandøren ingen andre fullmakter etterpå, slettes den som
  leverandør, så neste kjøring starter som første gang. Har den ikke fullmakten, endres ingenting.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 3 og valgt virksomheten

  @fjern
  Scenariomal: Fjern fullmakten fra <leverandør>
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg klikker på leverandøren <orgnr> under "Leverandører" hvis den står der
    Og jeg klikker på "Slett fullmakt" ved "Digital post til innbyggere"
    Og jeg klikker på "Slett leverandør" hvis leverandøren ikke har flere fullmakter
    Så har ikke <orgnr> fullmakt til "Digital post til innbyggere"

    @øvingsportal @situasjon:altinn3-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått fullmakten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |
