import { defaultAcknowledgements } from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { actors, mwsClaim, pdfBytes } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

const ids = defaultAcknowledgements.map((a) => a.id)

/**
 * SPEC §5, seed 001 step 18 ("complete the acknowledgements, then submit"): each program lists the
 * statements a partner confirms at submission; the claim shows them, submit requires every one, and
 * the claim keeps the accepted ids and texts (history and audit). Operators edit them per program.
 */
describe.each(dialects)("acknowledgements at submission on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)

  /** A Modern Work draft of Contoso with one POE attached. */
  const draftWithPoe = async (workload: string) => {
    const draft = await a.ian(
      "POST",
      "/api/v1/claims",
      mwsClaim({ name: `Ack ${workload}`, workloads: [workload] })
    )
    expect(draft.status).toBe(201)
    const poe = await a.upload("ian@contoso.example", draft.body.id, pdfBytes(), "sow.pdf")
    expect(poe.status).toBe(201)
    return poe.body
  }
  const program = async (id: string) =>
    (await a.otto("GET", "/api/v1/programs")).body.programs.find((p: any) => p.id === id)
  /** The program as the operator posts it back (the fields of the body, without status). */
  const bodyOf = (p: any) => {
    const { status: _status, ...rest } = p
    return rest
  }

  it("lists the program's default statements on the claim and the program", async () => {
    const draft = await draftWithPoe("teams")
    expect(draft.requiredAcknowledgements).toEqual(defaultAcknowledgements.map((x) => ({ ...x })))
    expect(draft.acknowledgements).toEqual([])
    expect((await program("prg_mws_usage")).acknowledgements).toEqual(draft.requiredAcknowledgements)
  })

  it("refuses a submission without every statement (422 naming the missing ones) and changes nothing", async () => {
    const draft = await draftWithPoe("exchange")
    for (const body of [
      undefined,
      {},
      { acknowledgements: [] },
      { acknowledgements: [ids[0], "not_a_statement"] }
    ]) {
      const res = await a.ian("POST", `/api/v1/claims/${draft.id}/submit`, body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(res.body.error.code).toBe("acknowledgements_required")
      const violation = res.body.error.details.violations.find(
        (v: any) => v.code === "acknowledgements_required"
      )
      const given = new Set((body as { acknowledgements?: string[] } | undefined)?.acknowledgements ?? [])
      const missing = defaultAcknowledgements.filter((x) => !given.has(x.id))
      expect(violation.field).toBe("acknowledgements")
      expect(violation.details.missing).toEqual(missing.map((x) => ({ ...x })))
      for (const x of missing) expect(res.body.error.message).toContain(x.text)
    }
    const still = await a.ian("GET", `/api/v1/claims/${draft.id}`)
    expect(still.body).toMatchObject({ status: "draft", version: draft.version, acknowledgements: [] })
    expect(still.body.history).toEqual(draft.history)
  })

  it("reports a missing statement together with the other broken rules", async () => {
    const draft = await a.ian(
      "POST",
      "/api/v1/claims",
      mwsClaim({ name: "Ack no POE", workloads: ["sharepoint"] })
    )
    const res = await a.ian("POST", `/api/v1/claims/${draft.body.id}/submit`, {
      acknowledgements: ids.slice(1)
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe("poe_required")
    expect(res.body.error.details.violations.map((v: any) => v.code)).toEqual([
      "poe_required",
      "acknowledgements_required"
    ])
  })

  it("submits with every statement: stored with the claim, in its history and in the audit log", async () => {
    const draft = await draftWithPoe("intune")
    const res = await a.ian("POST", `/api/v1/claims/${draft.id}/submit`, {
      acknowledgements: [...ids].reverse()
    })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe("submitted")
    const accepted = defaultAcknowledgements.map((x) => ({ ...x }))
    expect(res.body.acknowledgements).toEqual(accepted)
    const view = await a.ian("GET", `/api/v1/claims/${draft.id}`)
    expect(view.body.acknowledgements).toEqual(accepted)
    const entry = view.body.history.find((h: any) => h.action === "claim.submit")
    expect(entry).toMatchObject({ from: "draft", to: "submitted", acknowledgements: accepted })
    expect(view.body.history.find((h: any) => h.action === "claim.created").acknowledgements).toBeUndefined()
    const paged = await a.ian("GET", `/api/v1/claims/${draft.id}/history`)
    expect(paged.body.history.find((h: any) => h.action === "claim.submit").acknowledgements).toEqual(
      accepted
    )
    // The reviewer sees what the partner confirmed.
    expect((await a.rita("GET", `/api/v1/claims/${draft.id}`)).body.acknowledgements).toEqual(accepted)
    const audit = await a.aude(
      "GET",
      `/api/v1/ops/audit?entityType=claim&entityId=${draft.id}&action=claim.submit`
    )
    expect(audit.status).toBe(200)
    expect(audit.body.events).toHaveLength(1)
    expect(audit.body.events[0].actorEmail).toBe("ian@contoso.example")
    expect(audit.body.events[0].after.acknowledgements).toEqual(accepted)
  })

  it("operators edit a program's statements; new submissions require and store those", async () => {
    const before = await program("prg_mws_usage")
    const statements = [
      { id: "poe_signed_by_customer", text: "The customer signed the statement of work." },
      { id: "teams_usage_seen", text: "We saw the customer's Teams usage ourselves." }
    ]
    const saved = await a.otto("POST", "/api/v1/ops/programs", {
      ...bodyOf(before),
      acknowledgements: statements
    })
    expect(saved.status).toBe(200)
    expect(saved.body.acknowledgements).toEqual(statements)
    // Leaving them out of an update keeps them.
    const { acknowledgements: _kept, ...withoutStatements } = bodyOf(saved.body)
    const renamed = await a.otto("POST", "/api/v1/ops/programs", withoutStatements)
    expect(renamed.body.acknowledgements).toEqual(statements)

    const draft = await draftWithPoe("teams")
    expect(draft.requiredAcknowledgements).toEqual(statements)
    const refused = await a.ian("POST", `/api/v1/claims/${draft.id}/submit`, { acknowledgements: ids })
    expect(refused.status).toBe(422)
    const violation = refused.body.error.details.violations[0]
    expect(violation.details.missing).toEqual([statements[1]])
    const done = await a.ian("POST", `/api/v1/claims/${draft.id}/submit`, {
      acknowledgements: statements.map((s) => s.id)
    })
    expect(done.status).toBe(200)
    expect(done.body.acknowledgements).toEqual(statements)

    const audit = await a.aude(
      "GET",
      "/api/v1/ops/audit?entityType=program&entityId=prg_mws_usage&action=program.updated"
    )
    expect(audit.body.events[0].after.acknowledgements).toEqual(statements)

    // Restored for the other tests; an empty list asks for nothing.
    const none = await a.otto("POST", "/api/v1/ops/programs", { ...bodyOf(before), acknowledgements: [] })
    expect(none.body.acknowledgements).toEqual([])
    const free = await draftWithPoe("exchange")
    expect(free.requiredAcknowledgements).toEqual([])
    expect((await a.ian("POST", `/api/v1/claims/${free.id}/submit`)).status).toBe(200)
    expect((await a.otto("POST", "/api/v1/ops/programs", bodyOf(before))).body.acknowledgements).toEqual(
      before.acknowledgements
    )
  })

  it("refuses bad statements with 400 and changes nothing", async () => {
    const before = await program("prg_osa")
    const bad: Array<[unknown, string | undefined]> = [
      [[{ id: "ok_id", text: "   " }], undefined],
      [[{ id: "ok_id", text: "" }], undefined],
      [[{ id: "Bad Id", text: "A statement" }], undefined],
      [[{ id: "ok_id" }], undefined],
      [[{ id: "ok_id", text: "x".repeat(1001) }], undefined],
      ["all of them", undefined],
      [Array.from({ length: 21 }, (_, i) => ({ id: `s_${i}`, text: "A statement" })), undefined],
      [
        [
          { id: "same_id", text: "One" },
          { id: "same_id", text: "Two" }
        ],
        "duplicate_acknowledgement"
      ]
    ]
    for (const [acknowledgements, code] of bad) {
      const res = await a.otto("POST", "/api/v1/ops/programs", { ...bodyOf(before), acknowledgements })
      expect(res.status, JSON.stringify(acknowledgements).slice(0, 80)).toBe(400)
      if (code !== undefined) expect(res.body.error.code).toBe(code)
      else expect(res.body.error.code).toBeTypeOf("string")
    }
    expect((await program("prg_osa")).acknowledgements).toEqual(before.acknowledgements)
    // Partners cannot edit them.
    expect(
      (await a.ian("POST", "/api/v1/ops/programs", { ...bodyOf(before), acknowledgements: [] })).status
    ).toBe(403)
  })
})
