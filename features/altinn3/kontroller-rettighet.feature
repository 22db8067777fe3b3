# language: no
@altinn3
Egenskap: Kontrollere at en leverandør har fullmakt til å sende digital post til innbyggere (Altinn 3)
  Kontrollen åpner leverandøren under «Maskinportenadministrasjon» og leser hvilke API den har
  fullmakt til. Ingenting endres. Dette er kontrollen en nattlig kjøring mot tt02 gjør.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 3 og valgt virksomheten

  @kontroller
  Scenariomal: Kontroller at <leverandør> har fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg klikker på leverandøren <orgnr> under "Leverandører" hvis den står der
    Så har <orgnr> fullmakt til "Digital post til innbyggere"

    @øvingsportal @situasjon:altinn3-visma-har-dpi
    Eksempler: I øvingsportalen har Visma fått fullmakten på forhånd
      | leverandør                       | orgnr     | navn |
      | Visma Software International AS | 980858073 | vism |

    @øvingsportal @situasjon:altinn3-ks-har-dpi
    Eksempler: I øvingsportalen har KS fått fullmakten på forhånd
      | leverandør                         | orgnr     | navn |
      | KS (Kommunesektorens organisasjon) | 971032146 | komm |

  @øvingsportal @situasjon:altinn3-visma-lagt-til
  Scenario: En leverandør som er lagt til, men uten fullmakten
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg klikker på leverandøren 980858073 under "Leverandører" hvis den står der
    Så har ikke 980858073 fullmakt til "Digital post til innbyggere"
