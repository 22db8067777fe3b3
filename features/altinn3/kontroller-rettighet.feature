# language: no
@altinn3
Egenskap: Kontrollere at en leverandør har fullmakt til å sende digital post til innbyggere (Altinn 3)
  Kontrollen søker opp leverandøren under «Maskinportenadministrasjon», åpner «Gi fullmakt» for å
  se hvilke API den har, og kjenner API-et for digital post igjen på scopet
  digitalpostinnbygger:send under «Scopes», ikke bare på tittelen. Ingenting endres. Dette er
  kontrollen en nattlig kjøring mot tt02 gjør.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 3 og valgt virksomheten

  @kontroller
  Scenariomal: Kontroller at <leverandør> har fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter <orgnr> i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren <orgnr> hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg lukker dialogen med "Lukk"
    Så har <orgnr> fullmakt til "Digital post til innbyggere"

    @øvingsportal @situasjon:altinn3-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått fullmakten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |

    @øvingsportal @situasjon:altinn3-ks-har-dpi
    Eksempler: I øvingsportalen har KS fått fullmakten på forhånd
      | leverandør                         | orgnr     | navn |
      | KS (Kommunesektorens organisasjon) | 971032146 | komm |

  @øvingsportal @situasjon:altinn3-mange-leverandorer
  Scenario: Mange leverandører – Visma står ikke blant de første i lista, men søket finner den
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg lukker dialogen med "Lukk"
    Så har 980858073 fullmakt til "Digital post til innbyggere"

  @øvingsportal @situasjon:altinn3-visma-lagt-til
  Scenario: En leverandør som er lagt til, men uten fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg lukker dialogen med "Lukk"
    Så har ikke 980858073 fullmakt til "Digital post til innbyggere"

  @øvingsportal @situasjon:altinn3-visma-har-dpi-les
  Scenario: En leverandør med et annet API under samme tittel har ikke fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg lukker dialogen med "Lukk"
    Så har ikke 980858073 fullmakt til "Digital post til innbyggere"

  @øvingsportal
  Scenario: En virksomhet som ikke er leverandør, har ikke fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 991825827 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 991825827 hvis den står der
    Og jeg klikker på "Gi fullmakt" for å se hvilke API leverandøren har
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg lukker dialogen med "Lukk"
    Så har ikke 991825827 fullmakt til "Digital post til innbyggere"
