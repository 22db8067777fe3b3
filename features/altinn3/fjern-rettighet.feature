# language: no
@altinn3
Egenskap: Fjerne fullmakten til å sende digital post til innbyggere (Altinn 3)
  Slik trekkes fullmakten tilbake, for eksempel når leverandøren byttes, eller for å rydde etter en
  nattlig prøvekjøring i tt02. Roboten finner API-et for digital post på scopet
  digitalpostinnbygger:send i «Gi fullmakt» og sletter fullmakten der. Leverandøren slettes bare
  når siden etterpå viser «Fullmakt til 0 API» og «Ingen fullmakter er lagt til ennå.», så neste
  kjøring starter som første gang. Har den ikke fullmakten, endres ingenting.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 3 og valgt virksomheten

  @fjern
  Scenariomal: Fjern fullmakten fra <leverandør>
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter <orgnr> i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren <orgnr> hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Slett fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Og jeg klikker på "Slett leverandør" hvis leverandøren ikke har flere fullmakter
    Så har ikke <orgnr> fullmakt til "Digital post til innbyggere"

    @øvingsportal @situasjon:altinn3-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått fullmakten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |

  @øvingsportal @situasjon:altinn3-visma-har-dpi-og-to-andre
  Scenario: Leverandøren har også andre fullmakter – den står fortsatt som leverandør
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Slett fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Og jeg klikker på "Slett leverandør" hvis leverandøren ikke har flere fullmakter
    Så har ikke 980858073 fullmakt til "Digital post til innbyggere"
    Og står 980858073 fortsatt som leverandør

  @øvingsportal @situasjon:altinn3-visma-har-dpi-les
  Scenario: Et annet API under samme tittel blir ikke slettet
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Slett fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Og jeg klikker på "Slett leverandør" hvis leverandøren ikke har flere fullmakter
    Så sier roboten fra at det var ingenting å fjerne
    Og står 980858073 fortsatt som leverandør
