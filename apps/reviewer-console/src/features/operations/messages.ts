/** Strings of the operations frame: navigation, the overview of the operator's screens, access notices. */
export const en = {
  nav: "Operations",
  title: "Operations",
  intro:
    "Run the incentive programs: the program catalog, eligibility, the customer directory, the holiday calendar, bank and tax validation and, in test mode, the clock.",
  sectionsLabel: "Operations screens",
  notAllowed:
    "Your vendor roles do not allow this page. It is for {{ roles }}; ask your administrator if you need it.",
  readOnly: "You are signed in as an auditor: you can read everything here and change nothing.",
  screens: {
    programs: {
      title: "Program catalog",
      description: "Create and edit programs and their requirements, invite eligible locations, discontinue."
    },
    eligibility: {
      title: "Eligibility and agreements",
      description: "Mark requirements met per location, import them from a CSV file, record agreements."
    },
    directory: {
      title: "Customer directory",
      description: "Import tenants and subscriptions from a CSV file and read the import report."
    },
    holidays: {
      title: "Holiday calendar",
      description: "The vendor's holidays, which business-day deadlines skip."
    },
    validation: {
      title: "Bank and tax validation",
      description: "Approve or return submitted payout data within the 48-hour target."
    },
    clock: {
      title: "Test clock",
      description: "Move business time forward to demonstrate deadlines and timers (test mode only)."
    },
    history: {
      title: "History import",
      description:
        "Import earlier DPOR, OSA and POE events from a CSV or JSON file, with a report for every row."
    },
    webhooks: {
      title: "Webhooks",
      description:
        "Send signed events of every partner organization to the vendor's systems; read each delivery and its attempts."
    },
    identityProviders: {
      title: "Identity providers",
      description:
        "Single sign-on (OpenID Connect) for partner organizations and customer tenants: issuer, client, allowed email domains."
    }
  }
}

export const de: typeof en = {
  nav: "Betrieb",
  title: "Betrieb",
  intro:
    "Steuern Sie die Incentive-Programme: Programmkatalog, Berechtigung, Kundenverzeichnis, Feiertagskalender, Prüfung von Bank- und Steuerdaten und im Testmodus die Uhr.",
  sectionsLabel: "Betriebsseiten",
  notAllowed:
    "Ihre Anbieterrollen erlauben diese Seite nicht. Sie ist für {{ roles }}; wenden Sie sich bei Bedarf an Ihre Administration.",
  readOnly: "Sie sind als Auditor angemeldet: Sie können hier alles lesen und nichts ändern.",
  screens: {
    programs: {
      title: "Programmkatalog",
      description:
        "Programme und ihre Anforderungen anlegen und bearbeiten, berechtigte Standorte einladen, Programme einstellen."
    },
    eligibility: {
      title: "Berechtigung und Vereinbarungen",
      description:
        "Erfüllte Anforderungen je Standort markieren, aus einer CSV-Datei importieren, Vereinbarungen erfassen."
    },
    directory: {
      title: "Kundenverzeichnis",
      description: "Mandanten und Abonnements aus einer CSV-Datei importieren und den Importbericht lesen."
    },
    holidays: {
      title: "Feiertagskalender",
      description: "Die Feiertage des Anbieters, die Fristen in Werktagen überspringen."
    },
    validation: {
      title: "Prüfung von Bank- und Steuerdaten",
      description: "Eingereichte Auszahlungsdaten innerhalb des 48-Stunden-Ziels freigeben oder zurückgeben."
    },
    clock: {
      title: "Testuhr",
      description: "Die Geschäftszeit vorstellen, um Fristen und Zeitgeber vorzuführen (nur im Testmodus)."
    },
    history: {
      title: "Historie importieren",
      description:
        "Frühere DPOR-, OSA- und POE-Ereignisse aus einer CSV- oder JSON-Datei importieren, mit Bericht je Zeile."
    },
    webhooks: {
      title: "Webhooks",
      description:
        "Signierte Ereignisse aller Partnerorganisationen an die Systeme des Anbieters senden; jede Zustellung und ihre Versuche einsehen."
    },
    identityProviders: {
      title: "Identitätsanbieter",
      description:
        "Single Sign-On (OpenID Connect) für Partnerorganisationen und Kundenmandanten: Aussteller, Client, zugelassene E-Mail-Domains."
    }
  }
}

export const hu: typeof en = {
  nav: "Üzemeltetés",
  title: "Üzemeltetés",
  intro:
    "Az ösztönzőprogramok működtetése: programkatalógus, jogosultság, ügyféljegyzék, munkaszüneti naptár, banki és adóadatok ellenőrzése, tesztmódban pedig az óra.",
  sectionsLabel: "Üzemeltetési oldalak",
  notAllowed:
    "A szállítói szerepköre nem engedi ezt az oldalt. Az oldal a következőknek szól: {{ roles }}; ha szüksége van rá, forduljon a rendszergazdához.",
  readOnly: "Auditorként van bejelentkezve: itt mindent láthat, de semmit sem módosíthat.",
  screens: {
    programs: {
      title: "Programkatalógus",
      description:
        "Programok és követelményeik létrehozása és szerkesztése, jogosult telephelyek meghívása, programok megszüntetése."
    },
    eligibility: {
      title: "Jogosultság és megállapodások",
      description:
        "Teljesített követelmények jelölése telephelyenként, importálás CSV-fájlból, megállapodások rögzítése."
    },
    directory: {
      title: "Ügyféljegyzék",
      description: "Bérlők és előfizetések importálása CSV-fájlból, az importálási jelentés megtekintése."
    },
    holidays: {
      title: "Munkaszüneti naptár",
      description: "A szállító munkaszüneti napjai, amelyeket a munkanapos határidők kihagynak."
    },
    validation: {
      title: "Banki és adóadatok ellenőrzése",
      description: "A beküldött kifizetési adatok jóváhagyása vagy visszaküldése a 48 órás célidőn belül."
    },
    clock: {
      title: "Tesztóra",
      description: "Az üzleti idő előreállítása a határidők és időzítők bemutatásához (csak tesztmódban)."
    },
    history: {
      title: "Előzmények importálása",
      description:
        "Korábbi DPOR-, OSA- és POE-események importálása CSV- vagy JSON-fájlból, soronkénti jelentéssel."
    },
    webhooks: {
      title: "Webhookok",
      description:
        "Minden partnerszervezet aláírt eseményeinek küldése a szállító rendszereibe; minden kézbesítés és kísérlete megtekinthető."
    },
    identityProviders: {
      title: "Identitásszolgáltatók",
      description:
        "Egyszeri bejelentkezés (OpenID Connect) partnerszervezeteknek és ügyfélbérlőknek: kibocsátó, ügyfél, engedélyezett e-mail-tartományok."
    }
  }
}

export const sv: typeof en = {
  nav: "Drift",
  title: "Drift",
  intro:
    "Driv incitamentsprogrammen: programkatalogen, behörighet, kundkatalogen, helgdagskalendern, granskning av bank- och skatteuppgifter och i testläge klockan.",
  sectionsLabel: "Driftsidor",
  notAllowed:
    "Dina leverantörsroller tillåter inte den här sidan. Den är för {{ roles }}; fråga din administratör om du behöver den.",
  readOnly: "Du är inloggad som revisor: du kan läsa allt här men inte ändra något.",
  screens: {
    programs: {
      title: "Programkatalog",
      description: "Skapa och redigera program och deras krav, bjud in behöriga platser, avveckla program."
    },
    eligibility: {
      title: "Behörighet och avtal",
      description: "Markera uppfyllda krav per plats, importera dem från en CSV-fil, registrera avtal."
    },
    directory: {
      title: "Kundkatalog",
      description:
        "Importera klientorganisationer och prenumerationer från en CSV-fil och läs importrapporten."
    },
    holidays: {
      title: "Helgdagskalender",
      description: "Leverantörens helgdagar, som tidsfrister i arbetsdagar hoppar över."
    },
    validation: {
      title: "Granskning av bank- och skatteuppgifter",
      description: "Godkänn eller returnera inskickade utbetalningsuppgifter inom målet på 48 timmar."
    },
    clock: {
      title: "Testklocka",
      description: "Flytta affärstiden framåt för att visa tidsfrister och timers (endast i testläge)."
    },
    history: {
      title: "Importera historik",
      description:
        "Importera tidigare DPOR-, OSA- och POE-händelser från en CSV- eller JSON-fil, med rapport per rad."
    },
    webhooks: {
      title: "Webhooks",
      description:
        "Skicka signerade händelser från alla partnerorganisationer till leverantörens system; läs varje leverans och dess försök."
    },
    identityProviders: {
      title: "Identitetsleverantörer",
      description:
        "Enkel inloggning (OpenID Connect) för partnerorganisationer och kundklienter: utfärdare, klient, tillåtna e-postdomäner."
    }
  }
}

export const cs: typeof en = {
  nav: "Provoz",
  title: "Provoz",
  intro:
    "Řízení motivačních programů: katalog programů, způsobilost, adresář zákazníků, kalendář svátků, ověřování bankovních a daňových údajů a v testovacím režimu hodiny.",
  sectionsLabel: "Provozní stránky",
  notAllowed:
    "Vaše role dodavatele tuto stránku nepovolují. Je určena pro: {{ roles }}; pokud ji potřebujete, obraťte se na správce.",
  readOnly: "Jste přihlášeni jako auditor: vše zde můžete číst, ale nic měnit.",
  screens: {
    programs: {
      title: "Katalog programů",
      description:
        "Vytváření a úpravy programů a jejich požadavků, pozvání způsobilých poboček, ukončení programů."
    },
    eligibility: {
      title: "Způsobilost a smlouvy",
      description: "Označení splněných požadavků pro pobočky, import ze souboru CSV, evidence smluv."
    },
    directory: {
      title: "Adresář zákazníků",
      description: "Import tenantů a předplatných ze souboru CSV a přehled výsledku importu."
    },
    holidays: {
      title: "Kalendář svátků",
      description: "Svátky dodavatele, které lhůty v pracovních dnech přeskakují."
    },
    validation: {
      title: "Ověření bankovních a daňových údajů",
      description: "Schválení nebo vrácení odeslaných výplatních údajů v cílové lhůtě 48 hodin."
    },
    clock: {
      title: "Testovací hodiny",
      description: "Posun obchodního času vpřed pro předvedení lhůt a časovačů (jen v testovacím režimu)."
    },
    history: {
      title: "Import historie",
      description:
        "Import dřívějších událostí DPOR, OSA a POE ze souboru CSV nebo JSON s hlášením po řádcích."
    },
    webhooks: {
      title: "Webhooky",
      description:
        "Odesílání podepsaných událostí všech partnerských organizací do systémů dodavatele; přehled každého doručení a jeho pokusů."
    },
    identityProviders: {
      title: "Poskytovatelé identity",
      description:
        "Jednotné přihlášení (OpenID Connect) pro partnerské organizace a zákaznické tenanty: vydavatel, klient, povolené e-mailové domény."
    }
  }
}
