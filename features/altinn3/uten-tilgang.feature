# language: no
@altinn3 @øvingsportal
Egenskap: Bare den som har tilgangspakken «Maskinporten administrator» kan gi API-fullmakter (Altinn 3)
  Altinn viser «Maskinportenadministrasjon» bare for den som har tilgangspakken «Maskinporten
  administrator» (og en tilgangspakke i området «Integrasjoner») for virksomheten. Mangler den,
  står lenken ikke i menyen, og Altinn sier ingenting mer. Roboten sier da med vanlige ord hva
  personen mangler, i stedet for at skjermbildet har endret seg (avslutningskode 6).

  Scenario: En daglig leder uten tilgangspakken får vite hva som mangler
    Gitt at den oppdiktede testpersonen med fødselsnummer "04888110041" har logget inn i Altinn 3 og valgt virksomheten 310166138
    Når jeg prøver å klikke på "Maskinportenadministrasjon" i menyen til venstre
    Så sier roboten at personen mangler tilgangspakken «Maskinporten administrator»
