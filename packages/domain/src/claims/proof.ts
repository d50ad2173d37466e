import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { newId } from "../ids.ts"
import { NotFound } from "../shared/errors.ts"
import { MAX_POE_PER_CLAIM } from "./config.ts"
import { TooManyPoe } from "./errors.ts"
import { notifyReviewersOfNewerPoe } from "./holder-poe.ts"
import { type Kernel, partnerTarget, userIdOf } from "./kernel.ts"
import { type Claim, Poe } from "./model.ts"
import { contentDisposition, type PoeMediaType, safeDisplayName } from "./poe.ts"
import type { Views } from "./views.ts"

export interface PoeFile {
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly type: PoeMediaType
}

const sha256Of = (bytes: Uint8Array) =>
  Effect.promise(async (): Promise<string> => {
    const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("")
  })

/** Proof of execution: attach (draft, partner_action_required, approved: newer proof), remove, download. */
export const makeProof = (k: Kernel, views: Views) => {
  const roomFor = (claim: Claim) =>
    Effect.flatMap(k.repo.listPoe(claim.id), (poe) =>
      poe.length >= MAX_POE_PER_CLAIM ? Effect.fail(new TooManyPoe({ max: MAX_POE_PER_CLAIM })) : Effect.void
    )

  /** Attaches a proof-of-execution file (type sniffed, size and count limited) to an editable claim. */
  const attachPoe = Effect.fn("ClaimsService.attachPoe")(function* (actor: Actor, id: string, file: PoeFile) {
    // Refused early, before the file is stored; checked again on the locked claim (the binding check).
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    yield* k.allowed(actor, claim, "attach_poe")
    yield* roomFor(claim)
    const poeId = newId<string>("poe")
    const blobKey = `poe/${claim.id}/${poeId}`
    const sha256 = yield* sha256Of(file.bytes)
    // The file is stored first; a crash before the row commits leaves only an unreferenced blob.
    yield* k.blobs.put(blobKey, file.bytes)
    const poe = new Poe({
      id: poeId,
      claimId: claim.id,
      fileName: safeDisplayName(file.fileName, file.type),
      mediaType: file.type,
      size: file.bytes.byteLength,
      sha256,
      blobKey,
      uploadedBy: userIdOf(actor),
      uploadedAt: yield* k.clock.now
    })
    // Uploads without a version never conflict with each other: they queue on the claim's lock.
    return yield* k.change(actor, id, {
      action: () => "attach_poe",
      changes: (current) => Effect.as(Effect.andThen(roomFor(current), k.repo.insertPoe(poe)), {}),
      audit: { action: "claim.poe_attached" },
      // The holder of an approved association defends it with newer proof: its reviewers are told.
      effects: (next, before) =>
        before.status === "approved" ? notifyReviewersOfNewerPoe(k, next, poe) : Effect.void,
      view: (next) => views.claimView(actor, next)
    })
  })

  /** Removes a proof-of-execution file from an editable claim. */
  const removePoe = Effect.fn("ClaimsService.removePoe")(function* (actor: Actor, id: string, poeId: string) {
    return yield* k.change(actor, id, {
      action: () => "remove_poe",
      changes: (claim) =>
        Effect.flatMap(k.repo.deletePoe(claim.id, poeId), (deleted) =>
          deleted
            ? Effect.succeed({})
            : Effect.fail(new NotFound({ entity: "proof of execution", id: poeId }))
        ),
      audit: { action: "claim.poe_removed" },
      view: (next) => views.claimView(actor, next)
    })
  })

  /** A proof-of-execution file's bytes, media type and content disposition. */
  const downloadPoe = Effect.fn("ClaimsService.downloadPoe")(function* (
    actor: Actor,
    id: string,
    poeId: string
  ) {
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    yield* authorize("downloadProof", actor, partnerTarget(claim))
    const poe = (yield* k.repo.listPoe(claim.id)).find((p) => p.id === poeId)
    if (poe === undefined) return yield* new NotFound({ entity: "proof of execution", id: poeId })
    const bytes = yield* k.blobs.get(poe.blobKey)
    if (Option.isNone(bytes))
      return yield* Effect.die(new Error(`blob ${poe.blobKey} of ${poe.id} is missing`))
    return { bytes: bytes.value, mediaType: poe.mediaType, disposition: contentDisposition(poe.fileName) }
  })

  return { attachPoe, removePoe, downloadPoe }
}
