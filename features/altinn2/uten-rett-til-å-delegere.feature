# language: no
@altinn2 @øvingsportal
Egenskap: Bare daglig leder eller en tilgangsstyrer kan gi rettigheter (Altinn 2)
  Rettigheten må gis av daglig leder, eller av den som er bemyndiget til å delegere rettigheter i
  Altinn. En vanlig ansatt ser ikke knappen «Legge til ny person eller virksomhet», og roboten
  stopper med Altinns egen forklaring i stedet for å lete etter noe annet å klikke på.

  Scenario: En ansatt uten rett til å delegere får Altinns forklaring
    Gitt at den oppdiktede testpersonen med fødselsnummer "17879010047" har logget inn i Altinn 2 og valgt virksomheten 315260183
    Når jeg klikker på "Profil" i toppmenyen
    Og jeg prøver å klikke på "Andre med rettigheter til virksomheten"
    Så sier Altinn "Du har ikke rettighet til å gi eller fjerne rettigheter på vegne av FJORDVIK KOMMUNE. Det kan daglig leder eller en tilgangsstyrer gjøre."
