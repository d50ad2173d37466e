import { Effect, Option } from "effect"
import type { UserId } from "../ids.ts"
import { type EmailText, localizedEmail, type NewEmail } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"
import { type ClaimFacts, claimTexts } from "./email-texts.ts"
import type { Kernel } from "./kernel.ts"
import { type Claim, isOpenClaimStatus, type Poe, targetKeys } from "./model.ts"

/**
 * The holder of an approved association defends it with newer proof of execution (SPEC §5, §6; issue 15
 * item 5): the upload changes no status and is in the history (`claim.poe_attached`, approved → approved);
 * the reviewers who know the claim or decide on its products are told by email, since the arbitration
 * recommendation under `most_recent_poe` weighs each party's newest proof.
 */

const words: Readonly<
  Record<Language, (c: ClaimFacts, partner: string, file: string, targets: string) => EmailText>
> = {
  en: (c, partner, file, targets) => ({
    subject: `Newer proof of execution: ${c.name}`,
    text: `${partner} (PartnerID ${c.partnerId}) added a newer proof of execution ("${file}") to its approved claim "${c.name}" (${targets}). In an arbitration on these products the most recent valid proof weighs most.`
  }),
  de: (c, partner, file, targets) => ({
    subject: `Neuerer Ausführungsnachweis: ${c.name}`,
    text: `${partner} (PartnerID ${c.partnerId}) hat dem genehmigten Anspruch „${c.name}“ (${targets}) einen neueren Ausführungsnachweis („${file}“) hinzugefügt. In einer Schlichtung über diese Produkte zählt der neueste gültige Nachweis am meisten.`
  }),
  hu: (c, partner, file, targets) => ({
    subject: `Újabb teljesítési igazolás: ${c.name}`,
    text: `${partner} (PartnerID ${c.partnerId}) újabb teljesítési igazolást („${file}”) adott hozzá a jóváhagyott „${c.name}” igényléséhez (${targets}). Az e termékekről szóló döntőbíráskodásban a legfrissebb érvényes igazolás számít a legtöbbet.`
  }),
  sv: (c, partner, file, targets) => ({
    subject: `Nyare bevis på utförande: ${c.name}`,
    text: `${partner} (PartnerID ${c.partnerId}) har lagt till ett nyare bevis på utförande (”${file}”) i det godkända anspråket ”${c.name}” (${targets}). Vid skiljeförfarande om dessa produkter väger det senaste giltiga beviset tyngst.`
  }),
  cs: (c, partner, file, targets) => ({
    subject: `Novější doklad o provedení: ${c.name}`,
    text: `${partner} (PartnerID ${c.partnerId}) přidal ke schválenému nároku „${c.name}“ (${targets}) novější doklad o provedení („${file}“). Při arbitráži o tyto produkty rozhoduje především nejnovější platný doklad.`
  })
}

/** To reviewers, each in their language, with a link to the claim in the reviewer console. */
export const newerPoeEmail = (c: Claim, partnerName: string, poe: Poe, to: ReadonlyArray<string>): NewEmail =>
  localizedEmail(to, "claim.newer_poe", (language, link) => {
    const t = claimTexts[language]
    const { subject, text } = words[language](c, partnerName, poe.fileName, t.targets(c))
    return { subject, text: `${text}${t.openClaim(link(`/review/claims/${c.id}`))}${t.footer}` }
  })

/**
 * The reviewers to tell: whoever is assigned to the claim or acted on it as vendor staff (its audit
 * trail), and the reviewers assigned to open claims on the same products. Active vendor users only.
 */
const reviewersOf = (k: Kernel, claim: Claim) =>
  Effect.gen(function* () {
    const ids = new Set<string>(claim.assignedReviewerId === null ? [] : [claim.assignedReviewerId])
    const trail = yield* k.audit.list({ entityType: "claim", entityId: claim.id, limit: 200 })
    for (const e of trail) if (e.actorType === "vendor") ids.add(e.actorId)
    const rivals = (yield* k.repo.holdersOf(targetKeys(claim))).filter(
      (h) => h.claimId !== claim.id && h.status !== "association" && isOpenClaimStatus(h.status)
    )
    for (const claimId of new Set(rivals.map((r) => r.claimId))) {
      const rival = yield* k.repo.find(claimId)
      if (Option.isSome(rival) && rival.value.assignedReviewerId !== null)
        ids.add(rival.value.assignedReviewerId)
    }
    const users = yield* k.identity.findUsersByIds([...ids] as Array<UserId>)
    return users.filter((u) => u.active && u.kind === "vendor").map((u) => u.email)
  })

/** After newer proof on an approved claim: the email to its reviewers, through the outbox (same transaction). */
export const notifyReviewersOfNewerPoe = (k: Kernel, claim: Claim, poe: Poe) =>
  Effect.gen(function* () {
    const to = yield* reviewersOf(k, claim)
    if (to.length === 0) return
    yield* k.outbox.enqueueEmail(newerPoeEmail(claim, yield* k.organizationName(claim), poe, to))
  })
