import type { PayoutMessages } from "./en.ts"

export const hu: PayoutMessages = {
  nav: "Bank és adó",
  title: "Banki és adóprofilok",
  intro:
    "A banki és adóprofilok a szervezetéhez tartoznak, és a telephelyei regisztrációi használják őket. Minden módosítást a szolgáltató újra ellenőriz. A profilok nem törölhetők.",
  states: {
    pending_validation: "Ellenőrzésre vár",
    approved: "Ellenőrizve",
    action_required: "Visszaküldve: teendő szükséges"
  },
  returnedReason: "A szolgáltató indoklása:",
  defaultFor: "Alapértelmezett: {{ locations }}",
  notDefault: "Egyik telephelynek sem alapértelmezettje",
  backToEnrollment: "Vissza a regisztrációhoz",
  edit: "Szerkesztés",
  cancel: "Mégse",
  noDelete: "A profilok nem törölhetők; szerkessze őket helyette.",
  bank: {
    heading: "Bankprofilok",
    caption: "A szervezet bankprofiljai",
    add: "Bankprofil hozzáadása",
    addTitle: "Új bankprofil",
    editTitle: "{{ label }} bankprofil szerkesztése",
    empty: "Még nincs bankprofil",
    emptyBody:
      "Adjon meg egy bankprofilt az ösztönzőkifizetések fogadásához. Bankprofil nélkül a regisztrációk nem ellenőrizhetők.",
    columns: {
      profile: "Profil",
      account: "Számla",
      state: "Ellenőrzés",
      defaults: "Alapértelmezett"
    },
    label: "A profil neve",
    labelHint: "Hogy felismerje, pl. Fő EUR számla",
    accountHolder: "Számlatulajdonos",
    iban: "IBAN",
    ibanHint: "Országkód, két ellenőrző számjegy és a számlaszám, pl. HU42 1177 3016 1111 1018 0000 0000",
    ibanKeep: "Hagyja üresen a mentett {{ masked }} számla megtartásához.",
    bic: "BIC",
    bicHint: "8 vagy 11 karakter, pl. OTPVHUHB",
    bankName: "A bank neve",
    country: "A bank országa",
    countryHint: "Kétbetűs kód, pl. HU",
    currency: "Pénznem",
    currencyHint: "Hárombetűs kód, pl. HUF",
    defaultFor: "Legyen egy telephely alapértelmezettje",
    noDefault: "Nem, ne legyen alapértelmezett",
    save: "Bankprofil mentése",
    saved: "Bankprofil mentve",
    savedBody: "A szolgáltató ellenőrzi, általában 48 órán belül.",
    setDefault: "Beállítás alapértelmezettként",
    setDefaultFor: "{{ label }} beállítása alapértelmezettként ehhez:",
    defaultSet: "Alapértelmezett bankprofil beállítva",
    defaultSetBody: "{{ label }} az alapértelmezett {{ location }} számára, {{ currency }} pénznemben.",
    invalid: {
      label: "Adjon meg legfeljebb 100 karakteres nevet.",
      accountHolder: "Adja meg a számlatulajdonost (legfeljebb 200 karakter).",
      iban: "Adjon meg egy IBAN-t: országkód, két ellenőrző számjegy és a számlaszám.",
      bic: "Adjon meg 8 vagy 11 betűből és számjegyből álló BIC-et.",
      bankName: "Adja meg a bank nevét (legfeljebb 200 karakter).",
      country: "Adja meg az országot két nagybetűvel, pl. HU.",
      currency: "Adja meg a pénznemet három nagybetűvel, pl. HUF.",
      defaultForLocationId: "Válassza ki az egyik telephelyét."
    }
  },
  tax: {
    heading: "Adóprofilok",
    caption: "A szervezet adóprofiljai",
    add: "Adóprofil hozzáadása",
    addTitle: "Új adóprofil",
    editTitle: "{{ label }} adóprofil szerkesztése",
    empty: "Még nincs adóprofil",
    emptyBody: "Adja meg szervezete adóprofilját. Adóprofil nélkül a regisztrációk nem ellenőrizhetők.",
    columns: {
      profile: "Hivatalos név",
      taxId: "Adószám",
      state: "Ellenőrzés",
      defaults: "Alapértelmezett"
    },
    legalName: "Hivatalos név",
    country: "Ország",
    countryHint: "Kétbetűs kód, pl. HU",
    taxId: "Adószám",
    taxIdHint: "Közösségi vagy belföldi adószám",
    address: "Bejegyzett cím",
    defaultFor: "Legyen egy telephely alapértelmezettje",
    noDefault: "Nem, ne legyen alapértelmezett",
    save: "Adóprofil mentése",
    saved: "Adóprofil mentve",
    savedBody: "A szolgáltató ellenőrzi, általában 48 órán belül.",
    setDefaultFor: "{{ label }} beállítása alapértelmezettként ehhez:",
    defaultSet: "Alapértelmezett adóprofil beállítva",
    defaultSetBody: "{{ label }} az alapértelmezett {{ location }} számára.",
    invalid: {
      legalName: "Adja meg a hivatalos nevet (legfeljebb 200 karakter).",
      country: "Adja meg az országot két nagybetűvel, pl. HU.",
      taxId: "Adja meg az adószámot (legfeljebb 50 karakter).",
      address: "Adja meg a címet (legfeljebb 500 karakter).",
      defaultForLocationId: "Válassza ki az egyik telephelyét."
    }
  },
  notAdmin: "A banki és adóprofilokat csak az ösztönzőprogram-rendszergazdák látják és szerkesztik.",
  location: "Telephely"
}
