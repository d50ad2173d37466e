import { beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, submitted } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

const fabrikam = (o: Record<string, unknown> = {}) =>
  mwsClaim({
    partnerId: "2000001",
    partnerContact: { name: "Ina Fabrikam", email: "ina@fabrikam.example" },
    ...o
  })

/** What would name each organization to the other party. */
const CONTOSO = ["Contoso", "1000001", "org_contoso", "ian@contoso.example", "loc_1000001"]
const FABRIKAM = ["Fabrikam", "2000001", "org_fabrikam", "ina@fabrikam.example", "loc_2000001"]

/**
 * Issue 15 item 6 (SPEC §6, seed 004): a claim that joins an arbitration case gets a system comment that
 * names no other party and its partner an email; reviewer comments are emailed to the partner; the
 * partner's answer marks the claim in the review queue as answered.
 */
describe.each(dialects)("arbitration notices and the conversation on %s", (dialect) => {
  const t = testAppFor(dialect)
  let a: ReturnType<typeof actors>
  beforeAll(() => {
    a = actors(t)
  })

  const queueRow = async (claimId: string) => {
    const queue = await a.rita("GET", "/api/v1/review/queue?limit=200")
    expect(queue.status).toBe(200)
    return queue.body.items.find((r: any) => r.claimId === claimId)
  }
  const mailFor = async (to: string, template: string, claimName: string) =>
    (await t.mailbox(to)).filter((m) => m.template === template && m.subject.includes(claimName))

  it("joining a case posts a system comment without the other party and emails both partners", async () => {
    const first = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Teams", workloads: ["teams"] })
    )
    expect(first.competing).toBe(false)
    expect(first.comments).toEqual([])
    expect(await mailFor("ian@contoso.example", "claim.arbitration_notice", "Contoso Teams")).toEqual([])

    // Ina reads her emails in Hungarian (SPEC §8).
    expect((await a.ina("PATCH", "/api/v1/me", { language: "hu" })).status).toBe(200)
    const second = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam Teams", workloads: ["teams"] })
    )
    expect(second.competing).toBe(true)

    const parties = [
      {
        as: a.ian,
        id: first.id,
        name: "Contoso Teams",
        email: "ian@contoso.example",
        subject: "Claim in arbitration: Contoso Teams",
        other: [...FABRIKAM, second.id]
      },
      {
        as: a.ina,
        id: second.id,
        name: "Fabrikam Teams",
        email: "ina@fabrikam.example",
        subject: "Döntőbírósági eljárás alatt álló igénylés: Fabrikam Teams",
        other: [...CONTOSO, first.id]
      }
    ]
    for (const party of parties) {
      const claim = (await party.as("GET", `/api/v1/claims/${party.id}`)).body
      const notices = claim.comments.filter((c: any) => c.notice === "arbitration")
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatchObject({ authorType: "system", authorName: "OpenPOR" })
      expect(notices[0].body).toMatch(/arbitration case: another partner also claims, or already holds/)
      const mail = await mailFor(party.email, "claim.arbitration_notice", party.name)
      expect(mail).toHaveLength(1)
      expect(mail[0]!.subject).toBe(party.subject)
      expect(mail[0]!.text).toContain(`/partner/claims/${party.id}?lang=`)
      expect(mail[0]!.text).toContain("workloads: teams")
      for (const secret of party.other) {
        expect(JSON.stringify(notices[0])).not.toContain(secret)
        expect(mail[0]!.subject + mail[0]!.text).not.toContain(secret)
      }
      // The notice waits for the partner in the review queue.
      expect(await queueRow(party.id)).toMatchObject({ awaitingPartner: true, answered: false })
    }
    // Other comments are not notices.
    await a.ian("POST", `/api/v1/claims/${first.id}/comments`, { body: "We led the Teams rollout" })
    const comments = (await a.ian("GET", `/api/v1/claims/${first.id}`)).body.comments
    expect(comments.map((c: any) => [c.authorType, c.notice])).toEqual([
      ["system", "arbitration"],
      ["partner", null]
    ])
    // The partner's answer to the notice marks the claim answered.
    expect(await queueRow(first.id)).toMatchObject({ awaitingPartner: false, answered: true })
    expect((await queueRow(first.id)).partnerAnsweredAt).toEqual(expect.any(String))
  })

  it("the holder of an approved association is told too when a challenger's claim opens a case", async () => {
    const held = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam Exchange", workloads: ["exchange"] })
    )
    expect(
      (await a.rita("POST", `/api/v1/review/claims/${held.id}/decision`, { decision: "approve" })).status
    ).toBe(200)
    const challenger = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Exchange", workloads: ["exchange"] })
    )
    expect(challenger.competing).toBe(true)
    const holder = (await a.ina("GET", `/api/v1/claims/${held.id}`)).body
    const notice = holder.comments.find((c: any) => c.notice === "arbitration")
    expect(notice).toBeDefined()
    for (const secret of [...CONTOSO, challenger.id])
      expect(JSON.stringify(holder.comments)).not.toContain(secret)
    expect(
      await mailFor("ina@fabrikam.example", "claim.arbitration_notice", "Fabrikam Exchange")
    ).toHaveLength(1)
    expect(await mailFor("ian@contoso.example", "claim.arbitration_notice", "Contoso Exchange")).toHaveLength(
      1
    )
  })

  it("a reviewer's comment is emailed to the partner contact; the partner's answer marks the queue item answered", async () => {
    const claim = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({
        name: "Contoso Intune",
        workloads: ["intune"],
        partnerContact: { name: "Pat Contoso", email: "pat@contoso.example" }
      })
    )
    expect(await queueRow(claim.id)).toMatchObject({
      awaitingPartner: false,
      answered: false,
      partnerAnsweredAt: null
    })
    // A partner comment that answers nothing does not mark it answered.
    await a.ian("POST", `/api/v1/claims/${claim.id}/comments`, { body: "FYI: rollout finished" })
    expect(await queueRow(claim.id)).toMatchObject({ awaitingPartner: false, answered: false })

    const asked = await a.rita("POST", `/api/v1/claims/${claim.id}/comments`, {
      body: "Which departments use Intune today?"
    })
    expect(asked.status).toBe(201)
    for (const to of ["pat@contoso.example", "ian@contoso.example"]) {
      const mail = await mailFor(to, "claim.reviewer_comment", "Contoso Intune")
      expect(mail).toHaveLength(1)
      expect(mail[0]!.subject).toBe("New comment from the reviewer: Contoso Intune")
      expect(mail[0]!.text).toContain("Which departments use Intune today?")
    }
    expect(await queueRow(claim.id)).toMatchObject({ awaitingPartner: true, answered: false })

    const answer = await a.ian("POST", `/api/v1/claims/${claim.id}/comments`, { body: "Finance and HR" })
    expect(answer.status).toBe(201)
    const answered = await queueRow(claim.id)
    expect(answered).toMatchObject({ awaitingPartner: false, answered: true })
    // The reviewer filters the queue by it.
    const queueIds = async (answeredFilter: "true" | "false") => {
      const page = await a.rita("GET", `/api/v1/review/queue?answered=${answeredFilter}&limit=200`)
      expect(page.status).toBe(200)
      return page.body.items as Array<{ claimId: string; answered: boolean }>
    }
    const yes = await queueIds("true")
    expect(yes.map((r) => r.claimId)).toContain(claim.id)
    expect(yes.every((r) => r.answered)).toBe(true)
    const no = await queueIds("false")
    expect(no.map((r) => r.claimId)).not.toContain(claim.id)
    expect(no.every((r) => !r.answered)).toBe(true)
    expect((await a.rita("GET", "/api/v1/review/queue?answered=maybe")).status).toBe(400)
    expect(new Date(answered.partnerAnsweredAt).getTime()).toBeGreaterThan(0)
    // The answer is the partner's, not another email to the partner.
    expect(await mailFor("pat@contoso.example", "claim.reviewer_comment", "Contoso Intune")).toHaveLength(1)

    // The reviewer's next comment waits for the partner again.
    await a.rita("POST", `/api/v1/claims/${claim.id}/comments`, { body: "And Sales?" })
    expect(await queueRow(claim.id)).toMatchObject({
      awaitingPartner: true,
      answered: false,
      partnerAnsweredAt: null
    })
    expect(await mailFor("pat@contoso.example", "claim.reviewer_comment", "Contoso Intune")).toHaveLength(2)
  })

  it("a request for information waits for the partner; the partner's comment answers it", async () => {
    const claim = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso SharePoint", workloads: ["sharepoint"] })
    )
    await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, {
      decision: "request_info",
      comment: "Please add the signed SOW"
    })
    expect(await queueRow(claim.id)).toMatchObject({
      status: "partner_action_required",
      awaitingPartner: true,
      answered: false
    })
    await a.ian("POST", `/api/v1/claims/${claim.id}/comments`, { body: "Uploading it today" })
    expect(await queueRow(claim.id)).toMatchObject({ awaitingPartner: false, answered: true })
  })
})
