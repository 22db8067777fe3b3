# language: no
@altinn3
Egenskap: Gi en leverandør fullmakt til å sende digital post til innbyggere (Altinn 3)
  I dag gis DPI-rettigheten som en API-fullmakt i Altinn 3: under «Maskinportenadministrasjon»
  får leverandøren fullmakt til API-et «Digital post til innbyggere» (Maskinporten-scope
  digitalpostinnbygger:send, eid av Digitaliseringsdirektoratet). Rettigheten finnes ikke under
  «Enkelttjenester».

  For å se «Maskinportenadministrasjon» må du ha tilgangspakken «Maskinporten administrator» for
  virksomheten.

  Roboten ser alltid etter før den endrer noe. Står leverandøren allerede i listen, åpner den
  leverandøren i stedet for å legge den til på nytt. Lista viser bare noen leverandører om gangen,
  så den søker på organisasjonsnummeret. Flere API kan ha like titler: roboten åpner treffene og
  kjenner API-et for digital post igjen på scopet digitalpostinnbygger:send under «Scopes». Har
  leverandøren fullmakten fra før, sier roboten fra («allerede gitt») og gir den ikke en gang til.

  Bakgrunn:
    Gitt at daglig leder har logget inn i Altinn 3 og valgt virksomheten

  @utfør
  Scenariomal: Gi <leverandør> fullmakt til å sende digital post til innbyggere
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter <orgnr> i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren <orgnr> hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret <orgnr> i feltet "Organisasjonsnummer"
    Og jeg sjekker at navnet under "Du legger til:" begynner med "<navn>"
    Og jeg klikker på "Legg til virksomhet"
    Og jeg klikker på "Gi fullmakt"
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Gi fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Så har <orgnr> fullmakt til "Digital post til innbyggere"

    Eksempler:
      | leverandør                         | orgnr     | navn |
      | Visma Software International AS   | 980858073 | vism |
      | KS (Kommunesektorens organisasjon) | 971032146 | komm |

  @øvingsportal @situasjon:altinn3-visma-lagt-til
  Scenario: Visma står allerede som leverandør – roboten åpner den og legger den ikke til på nytt
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret 980858073 i feltet "Organisasjonsnummer"
    Og jeg sjekker at navnet under "Du legger til:" begynner med "vism"
    Og jeg klikker på "Legg til virksomhet"
    Og jeg klikker på "Gi fullmakt"
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Gi fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Så sier roboten fra at leverandøren allerede var lagt til, og legger den ikke til på nytt
    Og har 980858073 fullmakt til "Digital post til innbyggere" nøyaktig én gang

  @øvingsportal @situasjon:altinn3-visma-har-dpi
  Scenario: Visma har fullmakten fra før – roboten sier fra og gir den ikke på nytt
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret 980858073 i feltet "Organisasjonsnummer"
    Og jeg sjekker at navnet under "Du legger til:" begynner med "vism"
    Og jeg klikker på "Legg til virksomhet"
    Og jeg klikker på "Gi fullmakt"
    Og jeg søker etter "DPI" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Gi fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Så sier roboten fra at fullmakten allerede var gitt, og gir den ikke på nytt
    Og har 980858073 fullmakt til "Digital post til innbyggere" nøyaktig én gang

  @øvingsportal @situasjon:altinn3-visma-har-dpi-les
  Scenario: Visma har et API med samme tittel, men ikke DPI – roboten gir det riktige API-et
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 980858073 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 980858073 hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret 980858073 i feltet "Organisasjonsnummer"
    Og jeg sjekker at navnet under "Du legger til:" begynner med "vism"
    Og jeg klikker på "Legg til virksomhet"
    Og jeg klikker på "Gi fullmakt"
    Og jeg søker etter "digitalpostinnbygger:send" i feltet "Søk etter API"
    Og jeg finner API-et med "digitalpostinnbygger:send" under "Scopes" ved å åpne treffene
    Og jeg klikker på "Gi fullmakt" ved "Digital post til innbyggere"
    Og jeg lukker dialogen med "Lukk"
    Så har 980858073 fullmakt til "Digital post til innbyggere" nøyaktig én gang

  @øvingsportal
  Scenario: Et organisasjonsnummer som ikke finnes – roboten stopper med Altinns melding
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 312345676 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 312345676 hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret 312345676, som Altinn skal avvise, i feltet "Organisasjonsnummer"
    Så stopper roboten med Altinns melding "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at informasjonen er korrekt."
    Og har ikke 312345676 fullmakt til "Digital post til innbyggere"

  @øvingsportal
  Scenario: Virksomhetens eget organisasjonsnummer – roboten stopper med Altinns melding
    Når jeg klikker på "Maskinportenadministrasjon" i menyen til venstre
    Og jeg søker etter 315260183 i feltet "Søk" under "Leverandører"
    Og jeg klikker på leverandøren 315260183 hvis den står der
    Og jeg klikker på "Legg til leverandør" hvis den ikke står der
    Og jeg skriver organisasjonsnummeret 315260183, som Altinn skal avvise, i feltet "Organisasjonsnummer"
    Så stopper roboten med Altinns melding "Du kan ikke gi tilgang til eget organisasjonsnummer"
