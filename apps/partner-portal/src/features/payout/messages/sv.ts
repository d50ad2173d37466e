import type { PayoutMessages } from "./en.ts"

export const sv: PayoutMessages = {
  nav: "Bank och skatt",
  title: "Bank- och skatteprofiler",
  intro:
    "Bank- och skatteprofiler tillhör din organisation och används av dess platsers registreringar. Varje ändring valideras på nytt av leverantören. Profiler kan inte tas bort.",
  states: {
    pending_validation: "Väntar på validering",
    approved: "Validerad",
    action_required: "Returnerad: åtgärd krävs"
  },
  returnedReason: "Leverantörens motivering:",
  defaultFor: "Standard för {{ locations }}",
  notDefault: "Inte standard för någon plats",
  backToEnrollment: "Tillbaka till registreringen",
  edit: "Redigera",
  cancel: "Avbryt",
  noDelete: "Profiler kan inte tas bort; redigera dem i stället.",
  bank: {
    heading: "Bankprofiler",
    caption: "Din organisations bankprofiler",
    add: "Lägg till en bankprofil",
    addTitle: "Ny bankprofil",
    editTitle: "Redigera bankprofilen {{ label }}",
    empty: "Ingen bankprofil ännu",
    emptyBody:
      "Lägg till en bankprofil för att ta emot incitamentsbetalningar. Utan den kan registreringar inte valideras.",
    columns: {
      profile: "Profil",
      account: "Konto",
      state: "Validering",
      defaults: "Standard"
    },
    label: "Profilens namn",
    labelHint: "Så att du känner igen den, t.ex. Huvudkonto SEK",
    accountHolder: "Kontohavare",
    iban: "IBAN",
    ibanHint: "Landskod, två kontrollsiffror och kontonumret, t.ex. SE45 5000 0000 0583 9825 7466",
    ibanKeep: "Lämna tomt för att behålla det sparade kontot {{ masked }}.",
    bic: "BIC",
    bicHint: "8 eller 11 tecken, t.ex. ESSESESS",
    bankName: "Bankens namn",
    country: "Bankens land",
    countryHint: "Kod med två bokstäver, t.ex. SE",
    currency: "Valuta",
    currencyHint: "Kod med tre bokstäver, t.ex. SEK",
    defaultFor: "Gör den till standard för en plats",
    noDefault: "Nej, inte standard",
    save: "Spara bankprofilen",
    saved: "Bankprofilen har sparats",
    savedBody: "Leverantören validerar den, vanligtvis inom 48 timmar.",
    setDefault: "Ange som standard",
    setDefaultFor: "Ange {{ label }} som standard för",
    defaultSet: "Standardbankprofil angiven",
    defaultSetBody: "{{ label }} är standard för {{ location }} i {{ currency }}.",
    invalid: {
      label: "Ange ett namn på högst 100 tecken.",
      accountHolder: "Ange kontohavaren (högst 200 tecken).",
      iban: "Ange ett IBAN: landskod, två kontrollsiffror och kontonumret.",
      bic: "Ange ett BIC med 8 eller 11 bokstäver och siffror.",
      bankName: "Ange bankens namn (högst 200 tecken).",
      country: "Ange landet med två versaler, t.ex. SE.",
      currency: "Ange valutan med tre versaler, t.ex. SEK.",
      defaultForLocationId: "Välj en av dina platser."
    }
  },
  tax: {
    heading: "Skatteprofiler",
    caption: "Din organisations skatteprofiler",
    add: "Lägg till en skatteprofil",
    addTitle: "Ny skatteprofil",
    editTitle: "Redigera skatteprofilen {{ label }}",
    empty: "Ingen skatteprofil ännu",
    emptyBody: "Lägg till din organisations skatteprofil. Utan den kan registreringar inte valideras.",
    columns: {
      profile: "Juridiskt namn",
      taxId: "Skatte-ID",
      state: "Validering",
      defaults: "Standard"
    },
    legalName: "Juridiskt namn",
    country: "Land",
    countryHint: "Kod med två bokstäver, t.ex. SE",
    taxId: "Skatte-ID",
    taxIdHint: "Momsregistrerings- eller organisationsnummer",
    address: "Registrerad adress",
    defaultFor: "Gör den till standard för en plats",
    noDefault: "Nej, inte standard",
    save: "Spara skatteprofilen",
    saved: "Skatteprofilen har sparats",
    savedBody: "Leverantören validerar den, vanligtvis inom 48 timmar.",
    setDefaultFor: "Ange {{ label }} som standard för",
    defaultSet: "Standardskatteprofil angiven",
    defaultSetBody: "{{ label }} är standard för {{ location }}.",
    invalid: {
      legalName: "Ange det juridiska namnet (högst 200 tecken).",
      country: "Ange landet med två versaler, t.ex. SE.",
      taxId: "Ange skatte-ID (högst 50 tecken).",
      address: "Ange adressen (högst 500 tecken).",
      defaultForLocationId: "Välj en av dina platser."
    }
  },
  notAdmin: "Endast incitamentsadministratörer ser och redigerar bank- och skatteprofiler.",
  location: "Plats"
}
