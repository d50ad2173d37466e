import type { PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import type { Language } from "../preferences/language.ts"
import type { PoeTemplateFacts, PoeTemplateTarget } from "./poe-template.ts"

/** A label and its pre-filled value (empty: written in by hand). */
export interface PoeTemplateField {
  readonly label: string
  readonly value: string
}

/** A section of the proof-of-execution template: its heading, the claim's fields and the paragraphs. */
export interface PoeTemplateSection {
  readonly heading: string
  readonly fields: ReadonlyArray<PoeTemplateField>
  readonly paragraphs: ReadonlyArray<string>
  /** Labels of lines left blank for the customer to fill in. */
  readonly blanks: ReadonlyArray<string>
}

/**
 * The POE template in one language, as a renderer lays it out (apps/api renders it as a PDF): title,
 * the customer, partner and association sections, the statement of work to be signed, one signature
 * block per party (name, title, date, signature) and a footer.
 */
export interface PoeTemplateDocument {
  readonly language: Language
  readonly title: string
  readonly subtitle: string
  readonly intro: string
  readonly sections: ReadonlyArray<PoeTemplateSection>
  readonly signatures: {
    readonly heading: string
    readonly parties: ReadonlyArray<{
      readonly heading: string
      readonly fields: ReadonlyArray<PoeTemplateField>
    }>
  }
  readonly footer: string
  /** The download's file name (without directory), e.g. "POE template – Northwind Teams.pdf". */
  readonly fileName: string
}

interface Words {
  readonly title: string
  readonly claim: string
  readonly intro: string
  readonly fileName: string
  readonly customer: string
  readonly partner: string
  readonly association: string
  readonly organization: string
  readonly tenantId: string
  readonly domain: string
  readonly contact: string
  readonly partnerId: string
  readonly location: string
  readonly solutionArea: string
  readonly partnerRole: string
  readonly workloads: string
  readonly subscriptions: string
  readonly statementOfWork: string
  /** The statement the customer signs; `targets` is the lower-case word for workloads or subscriptions. */
  readonly statement: (f: {
    customer: string
    partner: string
    partnerId: string
    role: string
    targets: string
  }) => string
  readonly consent: (f: { customer: string; partner: string }) => string
  readonly blanks: readonly [string, string, string]
  readonly targetsWord: { readonly workloads: string; readonly subscriptions: string }
  readonly signatures: string
  readonly name: string
  readonly jobTitle: string
  readonly date: string
  readonly signature: string
  readonly roles: { readonly [R in PartnerRole]: string }
  readonly footer: (date: string, claimId: string) => string
}

const words: { readonly [L in Language]: Words } = {
  en: {
    title: "Proof of execution",
    claim: "Claim",
    intro:
      "This document confirms the work a partner performed for a customer. The customer signs it; the partner uploads the signed copy to its claim in OpenPOR.",
    fileName: "POE template",
    customer: "Customer",
    partner: "Partner",
    association: "Association",
    organization: "Organization",
    tenantId: "Tenant ID",
    domain: "Domain",
    contact: "Contact",
    partnerId: "PartnerID",
    location: "Location",
    solutionArea: "Solution area",
    partnerRole: "Partner role",
    workloads: "Workloads",
    subscriptions: "Subscriptions",
    statementOfWork: "Statement of work",
    statement: (f) =>
      `${f.customer} confirms that ${f.partner} (PartnerID ${f.partnerId}) has performed the following work for the ${f.targets} listed above, in the role “${f.role}”: planning, deployment, adoption or ongoing management of these products, as described below.`,
    consent: (f) =>
      `By signing, ${f.customer} agrees that ${f.partner} is recorded as its partner for these products and may see their usage data. The customer can withdraw this at any time.`,
    blanks: ["Description of the work performed", "Start date", "Completion date (or ongoing)"],
    targetsWord: { workloads: "workloads", subscriptions: "subscriptions" },
    signatures: "Signatures",
    name: "Name",
    jobTitle: "Title",
    date: "Date",
    signature: "Signature",
    roles: {
      build_intent_advisor: "Build intent – Advisor",
      usage_recognition: "Usage recognition – non-incentivized",
      influenced_revenue: "Influenced revenue recognition – non-incentivized",
      use_or_consume: "Use or consume"
    },
    footer: (date, id) => `Prepared by OpenPOR on ${date} for claim ${id}.`
  },
  de: {
    title: "Ausführungsnachweis",
    claim: "Anspruch",
    intro:
      "Dieses Dokument bestätigt die Arbeit, die ein Partner für einen Kunden erbracht hat. Der Kunde unterschreibt es; der Partner lädt die unterschriebene Fassung zu seinem Anspruch in OpenPOR hoch.",
    fileName: "PoE-Vorlage",
    customer: "Kunde",
    partner: "Partner",
    association: "Zuordnung",
    organization: "Organisation",
    tenantId: "Mandanten-ID",
    domain: "Domäne",
    contact: "Ansprechpartner",
    partnerId: "PartnerID",
    location: "Standort",
    solutionArea: "Lösungsbereich",
    partnerRole: "Partnerrolle",
    workloads: "Workloads",
    subscriptions: "Abonnements",
    statementOfWork: "Leistungsbeschreibung",
    statement: (f) =>
      `${f.customer} bestätigt, dass ${f.partner} (PartnerID ${f.partnerId}) für die oben aufgeführten ${f.targets} in der Rolle „${f.role}“ folgende Arbeiten erbracht hat: Planung, Bereitstellung, Einführung oder laufende Betreuung dieser Produkte, wie unten beschrieben.`,
    consent: (f) =>
      `Mit der Unterschrift stimmt ${f.customer} zu, dass ${f.partner} als Partner für diese Produkte geführt wird und deren Nutzungsdaten einsehen darf. Der Kunde kann dies jederzeit widerrufen.`,
    blanks: ["Beschreibung der erbrachten Arbeiten", "Beginn", "Abschluss (oder laufend)"],
    targetsWord: { workloads: "Workloads", subscriptions: "Abonnements" },
    signatures: "Unterschriften",
    name: "Name",
    jobTitle: "Funktion",
    date: "Datum",
    signature: "Unterschrift",
    roles: {
      build_intent_advisor: "Buildabsicht – Advisor",
      usage_recognition: "Nutzungserkennung – nicht incentiviert",
      influenced_revenue: "Beeinflusste Umsatzerkennung – nicht incentiviert",
      use_or_consume: "Verwenden oder Nutzen"
    },
    footer: (date, id) => `Erstellt von OpenPOR am ${date} für den Anspruch ${id}.`
  },
  hu: {
    title: "Teljesítési igazolás",
    claim: "Igénylés",
    intro:
      "Ez a dokumentum igazolja a partner által az ügyfél számára végzett munkát. Az ügyfél aláírja; a partner az aláírt példányt feltölti az igényléséhez az OpenPOR-ban.",
    fileName: "PoE-sablon",
    customer: "Ügyfél",
    partner: "Partner",
    association: "Társítás",
    organization: "Szervezet",
    tenantId: "Bérlőazonosító",
    domain: "Tartomány",
    contact: "Kapcsolattartó",
    partnerId: "PartnerID",
    location: "Telephely",
    solutionArea: "Megoldási terület",
    partnerRole: "Partnerszerep",
    workloads: "Munkaterhelések",
    subscriptions: "Előfizetések",
    statementOfWork: "Munkaleírás",
    statement: (f) =>
      `${f.customer} igazolja, hogy ${f.partner} (PartnerID ${f.partnerId}) a fent felsorolt ${f.targets} esetében „${f.role}” szerepkörben az alábbi munkát végezte: e termékek tervezése, bevezetése, elterjesztése vagy folyamatos kezelése, az alábbiak szerint.`,
    consent: (f) =>
      `Aláírásával ${f.customer} hozzájárul, hogy ${f.partner} e termékek partnereként legyen nyilvántartva, és láthassa azok használati adatait. Az ügyfél ezt bármikor visszavonhatja.`,
    blanks: ["Az elvégzett munka leírása", "Kezdés dátuma", "Befejezés dátuma (vagy folyamatban)"],
    targetsWord: { workloads: "munkaterhelések", subscriptions: "előfizetések" },
    signatures: "Aláírások",
    name: "Név",
    jobTitle: "Beosztás",
    date: "Dátum",
    signature: "Aláírás",
    roles: {
      build_intent_advisor: "Vásárlási szándék építése – tanácsadó",
      usage_recognition: "Használat elismerése – ösztönző nélkül",
      influenced_revenue: "Befolyásolt bevétel elismerése – ösztönző nélkül",
      use_or_consume: "Használat vagy fogyasztás"
    },
    footer: (date, id) => `Készítette az OpenPOR (${date}) a(z) ${id} igényléshez.`
  },
  sv: {
    title: "Bevis på utförande",
    claim: "Anspråk",
    intro:
      "Det här dokumentet bekräftar det arbete som en partner har utfört för en kund. Kunden skriver under; partnern laddar upp det undertecknade exemplaret till sitt anspråk i OpenPOR.",
    fileName: "PoE-mall",
    customer: "Kund",
    partner: "Partner",
    association: "Koppling",
    organization: "Organisation",
    tenantId: "Klientorganisations-ID",
    domain: "Domän",
    contact: "Kontaktperson",
    partnerId: "PartnerID",
    location: "Plats",
    solutionArea: "Lösningsområde",
    partnerRole: "Partnerroll",
    workloads: "Arbetsbelastningar",
    subscriptions: "Prenumerationer",
    statementOfWork: "Arbetsbeskrivning",
    statement: (f) =>
      `${f.customer} bekräftar att ${f.partner} (PartnerID ${f.partnerId}) har utfört följande arbete för de ${f.targets} som anges ovan, i rollen ”${f.role}”: planering, driftsättning, införande eller löpande förvaltning av dessa produkter, enligt beskrivningen nedan.`,
    consent: (f) =>
      `Genom sin underskrift godkänner ${f.customer} att ${f.partner} registreras som partner för dessa produkter och får se deras användningsdata. Kunden kan när som helst återkalla detta.`,
    blanks: ["Beskrivning av utfört arbete", "Startdatum", "Slutdatum (eller pågående)"],
    targetsWord: { workloads: "arbetsbelastningar", subscriptions: "prenumerationer" },
    signatures: "Underskrifter",
    name: "Namn",
    jobTitle: "Befattning",
    date: "Datum",
    signature: "Underskrift",
    roles: {
      build_intent_advisor: "Bygga avsikt – rådgivare",
      usage_recognition: "Användningsigenkänning – utan incitament",
      influenced_revenue: "Påverkad intäktsigenkänning – utan incitament",
      use_or_consume: "Använda eller förbruka"
    },
    footer: (date, id) => `Upprättat av OpenPOR den ${date} för anspråk ${id}.`
  },
  cs: {
    title: "Doklad o provedení",
    claim: "Nárok",
    intro:
      "Tento dokument potvrzuje práci, kterou partner provedl pro zákazníka. Zákazník jej podepíše; partner nahraje podepsanou kopii ke svému nároku v OpenPOR.",
    fileName: "Šablona PoE",
    customer: "Zákazník",
    partner: "Partner",
    association: "Přiřazení",
    organization: "Organizace",
    tenantId: "ID tenanta",
    domain: "Doména",
    contact: "Kontaktní osoba",
    partnerId: "PartnerID",
    location: "Pobočka",
    solutionArea: "Oblast řešení",
    partnerRole: "Role partnera",
    workloads: "Úlohy",
    subscriptions: "Předplatná",
    statementOfWork: "Popis prací",
    statement: (f) =>
      `${f.customer} potvrzuje, že ${f.partner} (PartnerID ${f.partnerId}) provedl pro výše uvedené ${f.targets} v roli „${f.role}“ tyto práce: plánování, nasazení, zavedení nebo průběžnou správu těchto produktů, jak je popsáno níže.`,
    consent: (f) =>
      `Podpisem ${f.customer} souhlasí, že ${f.partner} bude veden jako partner pro tyto produkty a může vidět údaje o jejich využití. Zákazník to může kdykoli odvolat.`,
    blanks: ["Popis provedených prací", "Datum zahájení", "Datum dokončení (nebo probíhá)"],
    targetsWord: { workloads: "úlohy", subscriptions: "předplatná" },
    signatures: "Podpisy",
    name: "Jméno",
    jobTitle: "Funkce",
    date: "Datum",
    signature: "Podpis",
    roles: {
      build_intent_advisor: "Budování záměru – poradce",
      usage_recognition: "Uznání využití – bez pobídek",
      influenced_revenue: "Uznání ovlivněných výnosů – bez pobídek",
      use_or_consume: "Využití nebo spotřeba"
    },
    footer: (date, id) => `Vytvořeno v OpenPOR dne ${date} pro nárok ${id}.`
  }
}

/** Solution area names are product-family names, the same in every language. */
const areaNames: { readonly [A in SolutionArea]: string } = {
  business_applications: "Business Applications",
  modern_work_security: "Modern Work and Security"
}

const targetLine = (t: PoeTemplateTarget): string =>
  t.kind === "workload" ? `${t.product} (${t.code})` : t.product === null ? t.id : `${t.id} – ${t.product}`

/** The POE template of `facts` written in `language`. */
export const poeTemplateDocument = (facts: PoeTemplateFacts, language: Language): PoeTemplateDocument => {
  const w = words[language]
  const customer = facts.customer.name
  const partner = facts.partner.organizationName
  const workloads = facts.solutionArea === "modern_work_security"
  const contact = facts.customer.contact
  const location = facts.partner.location
  const role = w.roles[facts.partnerRole]
  return {
    language,
    title: w.title,
    subtitle: `${w.claim}: ${facts.claimName}`,
    intro: w.intro,
    sections: [
      {
        heading: w.customer,
        fields: [
          { label: w.organization, value: customer },
          { label: w.tenantId, value: facts.customer.tenantId },
          { label: w.domain, value: facts.customer.domain },
          {
            label: w.contact,
            value: contact === null ? "" : `${contact.name}, ${contact.title} (${contact.email})`
          }
        ],
        paragraphs: [],
        blanks: []
      },
      {
        heading: w.partner,
        fields: [
          { label: w.organization, value: partner },
          { label: w.partnerId, value: facts.partner.partnerId },
          {
            label: w.location,
            value: location === null ? "" : `${location.name}, ${location.city}, ${location.country}`
          },
          {
            label: w.contact,
            value:
              facts.partner.contact === null
                ? ""
                : `${facts.partner.contact.name} (${facts.partner.contact.email})`
          }
        ],
        paragraphs: [],
        blanks: []
      },
      {
        heading: w.association,
        fields: [
          { label: w.solutionArea, value: areaNames[facts.solutionArea] },
          { label: w.partnerRole, value: role },
          {
            label: workloads ? w.workloads : w.subscriptions,
            value: facts.targets.map(targetLine).join("\n")
          },
          { label: w.claim, value: `${facts.claimName} (${facts.claimId})` }
        ],
        paragraphs: [],
        blanks: []
      },
      {
        heading: w.statementOfWork,
        fields: [],
        paragraphs: [
          w.statement({
            customer,
            partner,
            partnerId: facts.partner.partnerId,
            role,
            targets: workloads ? w.targetsWord.workloads : w.targetsWord.subscriptions
          }),
          w.consent({ customer, partner })
        ],
        blanks: w.blanks
      }
    ],
    signatures: {
      heading: w.signatures,
      parties: [
        {
          heading: `${w.customer}: ${customer}`,
          fields: [
            { label: w.name, value: contact?.name ?? "" },
            { label: w.jobTitle, value: contact?.title ?? "" },
            { label: w.date, value: "" },
            { label: w.signature, value: "" }
          ]
        },
        {
          heading: `${w.partner}: ${partner}`,
          fields: [
            { label: w.name, value: facts.partner.contact?.name ?? "" },
            { label: w.jobTitle, value: "" },
            { label: w.date, value: "" },
            { label: w.signature, value: "" }
          ]
        }
      ]
    },
    footer: w.footer(facts.preparedAt.toISOString().slice(0, 10), facts.claimId),
    fileName: `${w.fileName} – ${facts.claimName}.pdf`
  }
}
