import type { IncentiveKind } from "../catalog/catalog.ts"
import {
  type Attachment,
  addDaysToDate,
  compareDated,
  type Dated,
  type Of,
  replay,
  type State
} from "./events.ts"
import type {
  Attribution,
  AttributionBasis,
  CporOfficialEvent,
  Explanation,
  ExplanationRule,
  PolicyTimeline
} from "./model.ts"

/** The rules of SPEC §4 applied to the replayed state, each decision with its explanation steps. */

const step = (rule: ExplanationRule, text: string, ...eventIds: ReadonlyArray<string>): Explanation => ({
  rule,
  text,
  eventIds
})

const answer = (
  partnerId: string | null,
  basis: AttributionBasis | null,
  incentiveEligible: boolean,
  explanation: ReadonlyArray<Explanation>
): Attribution => ({ partnerId, basis, incentiveEligible, explanation })

const nobody = (explanation: ReadonlyArray<Explanation>): Attribution =>
  answer(null, null, false, explanation)

const ev = (d: Dated): string => `event ${d.event.id}`

const cporStep = (official: Of<"cpor_official">, date: string): Explanation => {
  const e: CporOfficialEvent = official.event
  const held = `Partner ${e.partnerId} holds the official CPOR association of claim ${e.claimId} since ${official.day} (${ev(official)}).`
  const text = e.incentiveEligible
    ? `${held} An official CPOR association decides before any DPOR or OSA rule, so ${e.partnerId} earns on ${date}.`
    : `${held} An official CPOR association decides before any DPOR or OSA rule, so ${e.partnerId} is the partner of record on ${date}, but this association is not eligible for incentive payments (influenced revenue recognition or opted out).`
  return step("cpor_official", text, e.id)
}

export const decide = (
  sorted: ReadonlyArray<Dated>,
  kind: IncentiveKind,
  date: string,
  policy: PolicyTimeline
): Attribution => {
  const s = replay(sorted, date)

  // Rule 0: CPOR first.
  const winner = s.cporOpen.at(-1)
  if (winner !== undefined) {
    const others = s.cporOpen
      .slice(0, -1)
      .map((o) =>
        step(
          "cpor_also_open",
          `Partner ${o.event.partnerId}'s CPOR association of claim ${o.event.claimId} (official since ${o.day}, ${ev(o)}) is open too; associations should be exclusive, so the most recently official one decides.`,
          o.event.id
        )
      )
    return answer(winner.event.partnerId, "cpor", winner.event.incentiveEligible, [
      ...others,
      cporStep(winner, date)
    ])
  }

  const steps: Array<Explanation> = s.cporEnded.map(({ official, ended }) =>
    step(
      "cpor_ended",
      `The CPOR association of partner ${official.event.partnerId} (claim ${official.event.claimId}, official since ${official.day}, ${ev(official)}) ended on ${ended.day} (${ev(ended)}), so it no longer decides.`,
      official.event.id,
      ended.event.id
    )
  )

  const osaCounts = !(kind === "deploy" && date >= policy.osaDeployCutoff)
  const osa = s.latestOsa
  const osaName = (o: Of<"osa_form">) =>
    `The OSA form naming partner ${o.event.partnerId} received on ${o.day} (${ev(o)})`
  const osaBlocked = (o: Of<"osa_form">): Attribution =>
    nobody([
      ...steps,
      step(
        "rule_4_osa_not_for_deploy",
        `Rule 4: from ${policy.osaDeployCutoff} OSA forms no longer attribute deployment incentives. ${osaName(o)} earns nothing for deployment, so nobody earns.`,
        o.event.id
      )
    ])
  const addedStep = (a: Attachment): Explanation =>
    a.replaced === undefined
      ? step(
          "dpor_added",
          `Partner ${a.partnerId} was added as Digital Partner of Record (DPOR) on ${a.added.day} (${ev(a.added)}).`,
          a.added.event.id
        )
      : step(
          "dpor_added",
          `Partner ${a.partnerId} was added as Digital Partner of Record (DPOR) on ${a.added.day} (${ev(a.added)}), replacing the previous DPOR ${a.replaced.event.partnerId} (added on ${a.replaced.day}, ${ev(a.replaced)}).`,
          a.added.event.id,
          a.replaced.event.id
        )
  const removedStep = (r: NonNullable<State["lastRemoval"]>): Explanation =>
    step(
      "dpor_removed",
      `The DPOR ${r.attachment.partnerId} (added on ${r.attachment.added.day}, ${ev(r.attachment.added)}) was removed on ${r.removed.day} (${ev(r.removed)}); no DPOR is attached.`,
      r.attachment.added.event.id,
      r.removed.event.id
    )

  // Rule 1: before DPOR existed.
  if (date < policy.dporFrom) {
    steps.push(
      step(
        "rule_1_period",
        `Rule 1 applies before ${policy.dporFrom}: the partner named on the latest OSA form earns.`
      )
    )
    if (s.attached !== undefined) {
      steps.push(
        step(
          "rule_1_dpor_not_yet",
          `Partner ${s.attached.partnerId} was added as DPOR on ${s.attached.added.day} (${ev(s.attached.added)}), but a DPOR only counts from ${policy.dporFrom}.`,
          s.attached.added.event.id
        )
      )
    }
    if (osa === undefined) {
      return nobody([
        ...steps,
        step("no_partner", `No OSA form was received on or before ${date}, so nobody earns.`)
      ])
    }
    if (!osaCounts) return osaBlocked(osa)
    return answer(osa.event.partnerId, "osa", true, [
      ...steps,
      step(
        "rule_1_before_dpor",
        `${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
        osa.event.id
      )
    ])
  }

  // Rule 2: DPOR, else OSA.
  if (date < policy.dporPoeRequiredFrom) {
    steps.push(
      step(
        "rule_2_period",
        `Rule 2 applies from ${policy.dporFrom} to ${addDaysToDate(policy.dporPoeRequiredFrom, -1)}: the attached Digital Partner of Record (DPOR) earns; without one, the partner named on the latest OSA form earns.`
      )
    )
    if (s.attached !== undefined) {
      const a = s.attached
      steps.push(addedStep(a))
      if (osa !== undefined) {
        steps.push(
          step(
            "rule_2_osa_overridden",
            `${osaName(osa)} does not count while a DPOR is attached.`,
            osa.event.id
          )
        )
      }
      return answer(a.partnerId, "dpor", true, [
        ...steps,
        step(
          "rule_2_dpor_attached",
          `Partner ${a.partnerId} is the DPOR attached on ${date}, so it earns.`,
          a.added.event.id
        )
      ])
    }
    if (s.lastRemoval !== undefined) steps.push(removedStep(s.lastRemoval))
    if (osa === undefined) {
      return nobody([
        ...steps,
        step("no_partner", `No DPOR is attached on ${date} and no OSA form was received, so nobody earns.`)
      ])
    }
    if (!osaCounts) return osaBlocked(osa)
    return answer(osa.event.partnerId, "osa", true, [
      ...steps,
      step(
        "rule_2_osa_no_dpor",
        `No DPOR is attached on ${date}; ${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
        osa.event.id
      )
    ])
  }

  // Rule 3: DPOR with POE; OSA only while no DPOR was ever attached.
  steps.push(
    step(
      "rule_3_period",
      `Rule 3 applies from ${policy.dporPoeRequiredFrom}: the most recently added Digital Partner of Record (DPOR) earns once it has submitted proof of execution (POE); an OSA partner earns only while no DPOR has ever been attached to the subscription.`
    )
  )
  const first = s.firstAdd
  if (first !== undefined) {
    if (s.attached !== undefined) steps.push(addedStep(s.attached))
    else if (s.lastRemoval !== undefined) steps.push(removedStep(s.lastRemoval))
    if (osa !== undefined) {
      steps.push(
        compareDated(osa, first) > 0
          ? step(
              "rule_3_osa_after_dpor",
              `${osaName(osa)} arrived after a DPOR was added on ${first.day} (${ev(first)}), so it pays the DPOR only, never partner ${osa.event.partnerId}.`,
              osa.event.id,
              first.event.id
            )
          : step(
              "rule_3_osa_superseded",
              `${osaName(osa)} no longer counts: a DPOR was added on ${first.day} (${ev(first)}).`,
              osa.event.id,
              first.event.id
            )
      )
    }
    const a = s.attached
    if (a === undefined) {
      return nobody([
        ...steps,
        step(
          "rule_3_dpor_removed",
          `No DPOR is attached on ${date}, and because a DPOR has been attached to this subscription before, OSA forms no longer attribute it, so nobody earns until a DPOR is added and submits POE.`
        )
      ])
    }
    if (a.poe !== undefined) {
      return answer(a.partnerId, "dpor", true, [
        ...steps,
        step(
          "dpor_poe",
          `Partner ${a.partnerId} submitted proof of execution on ${a.poe.day} (${ev(a.poe)}).`,
          a.poe.event.id
        ),
        step(
          "rule_3_dpor_with_poe",
          `Partner ${a.partnerId} is the most recently added DPOR and has submitted POE, so it earns.`,
          a.added.event.id,
          a.poe.event.id
        )
      ])
    }
    const earlier =
      s.earlierPoe === undefined
        ? ""
        : ` Its POE of ${s.earlierPoe.day} (${ev(s.earlierPoe)}) was submitted before it was added on ${a.added.day} and does not count.`
    return nobody([
      ...steps,
      step(
        "rule_3_dpor_without_poe",
        `Partner ${a.partnerId} is the DPOR but has not submitted proof of execution (POE) for this subscription since it was added on ${a.added.day}.${earlier} Nobody earns until it submits POE.`,
        ...(s.earlierPoe === undefined ? [a.added.event.id] : [a.added.event.id, s.earlierPoe.event.id])
      )
    ])
  }
  if (osa === undefined) {
    return nobody([
      ...steps,
      step(
        "no_partner",
        `No CPOR association, DPOR or OSA form names a partner on or before ${date}, so nobody earns.`
      )
    ])
  }
  if (!osaCounts) return osaBlocked(osa)
  return answer(osa.event.partnerId, "osa", true, [
    ...steps,
    step(
      "rule_3_osa_never_dpor",
      `No DPOR has ever been attached to this subscription; ${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
      osa.event.id
    )
  ])
}
