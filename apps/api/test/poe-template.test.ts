import { extractText, getDocumentProxy } from "unpdf"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { acceptedLanguage } from "../src/http/language.ts"
import { actors, bizAppsClaim, mwsClaim, sub } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** The PDF's text, every page, as pdf.js extracts it (pdfkit compresses its content streams). */
const pdfText = async (bytes: Uint8Array) => {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: true })
  return { text: text.replace(/\s+/g, " "), pages: pdf.numPages }
}

/** SPEC §5 and seed 001 step 17: the claim's pre-filled POE template, as a PDF in the requester's language. */
describe.each(dialects)("POE template on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  let mws: string
  let bizApps: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
    mws = (await a.ian("POST", "/api/v1/claims", mwsClaim({ workloads: ["teams", "intune"] }))).body.id
    bizApps = (await a.ian("POST", "/api/v1/claims", bizAppsClaim({ subscriptionIds: [sub(1)] }))).body.id
  })
  afterAll(async () => t.close())

  const download = async (email: string | null, path: string, headers: Record<string, string> = {}) => {
    const token = email === null ? undefined : await t.signIn(email)
    const res = await t.app.request(path, {
      headers: { ...headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }
    })
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) }
  }

  it("is a PDF with the customer, the partner, the role, the workloads, the statement of work and signature lines (English by default)", async () => {
    const res = await download("ian@contoso.example", `/api/v1/claims/${mws}/poe-template`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("application/pdf")
    expect(res.headers.get("content-language")).toBe("en")
    // The exact name in filename* (an en dash), an ASCII stand-in in filename.
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="POE template _ Northwind Teams rollout.pdf"; filename*=UTF-8''POE%20template%20%E2%80%93%20Northwind%20Teams%20rollout.pdf`
    )
    expect(new TextDecoder().decode(res.bytes.subarray(0, 5))).toBe("%PDF-")
    const { text } = await pdfText(res.bytes)
    for (const expected of [
      "Proof of execution",
      "Northwind Traders",
      "northwind.example",
      "Nora North, CIO (nora@northwind.example)",
      "Contoso",
      "PartnerID",
      "1000001",
      "Modern Work and Security",
      "Use or consume",
      "Microsoft Teams (teams)",
      "Microsoft Intune (intune)",
      "Statement of work",
      "Description of the work performed",
      "Signatures",
      "Customer: Northwind Traders",
      "Signature"
    ]) {
      expect(text).toContain(expected)
    }
  })

  it("is written in the language asked for: Accept-Language, or lang (letters beyond Latin-1 included)", async () => {
    const german = await download("ian@contoso.example", `/api/v1/claims/${mws}/poe-template`, {
      "accept-language": "fr-FR, de-CH;q=0.9, en;q=0.5"
    })
    expect(german.headers.get("content-language")).toBe("de")
    expect(german.headers.get("content-disposition")).toContain("PoE-Vorlage")
    const de = (await pdfText(german.bytes)).text
    for (const expected of [
      "Ausführungsnachweis",
      "Leistungsbeschreibung",
      "Unterschrift",
      "Microsoft Teams"
    ]) {
      expect(de).toContain(expected)
    }
    expect(de).toContain("Northwind Traders bestätigt")
    const hungarian = await download("ian@contoso.example", `/api/v1/claims/${mws}/poe-template?lang=hu`, {
      "accept-language": "de"
    })
    const hu = (await pdfText(hungarian.bytes)).text
    expect(hu).toContain("Teljesítési igazolás")
    expect(hu).toContain("Aláírások")
    expect(hu).toContain("Munkaterhelések")
    const czech = (
      await pdfText(
        (
          await download("ian@contoso.example", `/api/v1/claims/${mws}/poe-template?lang=cs`)
        ).bytes
      )
    ).text
    expect(czech).toContain("Doklad o provedení")
    expect(czech).toContain("Přiřazení")
    expect((await download("ian@contoso.example", `/api/v1/claims/${mws}/poe-template?lang=fr`)).status).toBe(
      400
    )
  })

  it("follows the user's language setting when no lang is asked for, before Accept-Language", async () => {
    const uma = a.as("uma@contoso.example")
    expect((await uma("PATCH", "/api/v1/me", { language: "sv" })).status).toBe(200)
    const swedish = await download("uma@contoso.example", `/api/v1/claims/${mws}/poe-template`, {
      "accept-language": "de"
    })
    expect(swedish.headers.get("content-language")).toBe("sv")
    expect((await pdfText(swedish.bytes)).text).toContain("Bevis på utförande")
    const asked = await download("uma@contoso.example", `/api/v1/claims/${mws}/poe-template?lang=en`)
    expect(asked.headers.get("content-language")).toBe("en")
  })

  it("lists a Business Applications claim's subscriptions with their products", async () => {
    const res = await download("ian@contoso.example", `/api/v1/claims/${bizApps}/poe-template?lang=sv`)
    expect(res.status).toBe(200)
    const { text } = await pdfText(res.bytes)
    expect(text).toContain(sub(1))
    expect(text).toContain("Prenumerationer")
    expect(text).toContain("Business Applications")
    expect(text).toContain("Underskrifter")
  })

  it("is for those who may read the claim (as GET /claims/{id}): vendor staff and the organization's claim readers; another organization or the customer 404; no role at the claim's location 403; signed out 401", async () => {
    // Bill (Billing admin) reads claims; then he only holds a role at the other location.
    expect((await download("bill@contoso.example", `/api/v1/claims/${mws}/poe-template`)).status).toBe(200)
    const ada = a.as("ada@contoso.example")
    expect(
      (
        await ada("POST", "/api/v1/organizations/current/users/usr_bill/roles", {
          role: "incentives_user",
          locationId: "loc_1000002"
        })
      ).status
    ).toBe(200)
    expect(
      (await ada("DELETE", "/api/v1/organizations/current/users/usr_bill/roles/billing_admin")).status
    ).toBe(200)
    for (const [email, status] of [
      ["rita@vendor.example", 200],
      ["uma@contoso.example", 200],
      ["ina@fabrikam.example", 404],
      ["admin@northwind.example", 404],
      ["bill@contoso.example", 403],
      [null, 401]
    ] as const) {
      const claim = email === null ? { status: 401 } : await a.as(email)("GET", `/api/v1/claims/${mws}`)
      const template = await download(email, `/api/v1/claims/${mws}/poe-template`)
      expect({ email, claim: claim.status, template: template.status }).toEqual({
        email,
        claim: status,
        template: status
      })
    }
    expect((await download("ian@contoso.example", "/api/v1/claims/clm_missing/poe-template")).status).toBe(
      404
    )
  })

  it("is in the OpenAPI document as a PDF answer", async () => {
    const doc = (await t.call("GET", "/api/v1/openapi.json")).body
    const op = doc.paths["/api/v1/claims/{id}/poe-template"].get
    expect(op.operationId).toBe("downloadPoeTemplate")
    expect(op.responses["200"].content).toEqual({
      "application/pdf": { schema: { type: "string", format: "binary" } }
    })
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(["id", "lang"])
  })
})

describe("Accept-Language", () => {
  it("picks the first of the five languages by quality, then order", () => {
    expect(acceptedLanguage("sv-SE,sv;q=0.9,en;q=0.8")).toBe("sv")
    expect(acceptedLanguage("fr;q=1, cs;q=0.4, de;q=0.6")).toBe("de")
    expect(acceptedLanguage("*, fr")).toBeUndefined()
    expect(acceptedLanguage("HU")).toBe("hu")
    expect(acceptedLanguage("de;q=0")).toBeUndefined()
    expect(acceptedLanguage(undefined)).toBeUndefined()
  })
})
