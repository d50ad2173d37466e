import { Context, Effect, Layer, Schema } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { Clock } from "../calendar/clock.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import type { LocationId } from "../ids.ts"
import { NotFound } from "../shared/errors.ts"
import { UserSettingsRepository } from "./repository.ts"

/** A notification on the partner portal's home page: an enrollment invitation (SPEC §3, seed 003). */
export const NotificationView = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literal("enrollment_invitation"),
  enrollmentId: Schema.String,
  programId: Schema.String,
  programName: Schema.String,
  locationId: Schema.String,
  locationName: Schema.String,
  partnerId: Schema.String,
  createdAt: Schema.DateFromString
})
export type NotificationView = typeof NotificationView.Type

/** An invitation's notification: one per invitation (a renewed invitation after `inactive` is a new one). */
const notificationId = (enrollmentId: string, invitedAt: Date) => `ntf_${enrollmentId}_${invitedAt.getTime()}`

/** At most this many notifications are listed (the oldest invitations first beyond that stay on the overview). */
const LIMIT = 100

/**
 * Home-page notifications, per user: the invitations (enrollments in `invited`) of the locations where the
 * user is Incentives admin, or of every location of the organization for a Global admin. Opening one
 * (following it to the enrollment) records it as read for that user only; the enrollment stays on the
 * Incentives overview.
 */
export class NotificationService extends Context.Service<
  NotificationService,
  {
    /** The caller's unread notifications, newest first (none for anyone but partner users). */
    readonly list: (actor: Actor) => Effect.Effect<ReadonlyArray<NotificationView>>
    /** Records that the caller opened it (again: nothing changes); NotFound when it is not the caller's. */
    readonly markRead: (actor: Actor, id: string) => Effect.Effect<void, NotFound>
  }
>()("@openpor/domain/preferences/NotificationService") {
  static readonly layer = Layer.effect(
    NotificationService,
    Effect.gen(function* () {
      const enrollments = yield* EnrollmentRepository
      const identity = yield* IdentityRepository
      const settings = yield* UserSettingsRepository
      const clock = yield* Clock

      /** Every invitation notification of the caller, read or not. */
      const all = (actor: Actor) =>
        Effect.gen(function* () {
          if (actor.kind !== "partner") return []
          const locations = yield* identity.locationsOf(actor.organizationId)
          const globalAdmin = actor.organizationRoles.has("global_admin")
          const mine = locations.filter(
            (l) => globalAdmin || actor.locationRoles.get(l.id)?.has("incentives_admin") === true
          )
          if (mine.length === 0) return []
          const invited = yield* enrollments.listEnrollments({
            locationIds: mine.map((l) => l.id),
            states: ["invited"],
            limit: LIMIT
          })
          if (invited.length === 0) return []
          const programs = new Map((yield* enrollments.listPrograms).map((p) => [p.id as string, p]))
          const byId = new Map<LocationId, (typeof mine)[number]>(mine.map((l) => [l.id, l]))
          return invited.flatMap((e): Array<NotificationView> => {
            const location = byId.get(e.locationId)
            if (location === undefined) return []
            return [
              {
                id: notificationId(e.id, e.invitedAt),
                kind: "enrollment_invitation",
                enrollmentId: e.id,
                programId: e.programId,
                programName: programs.get(e.programId)?.name ?? e.programId,
                locationId: location.id,
                locationName: location.name,
                partnerId: location.partnerId,
                createdAt: e.invitedAt
              }
            ]
          })
        })

      const list = Effect.fn("NotificationService.list")(function* (actor: Actor) {
        const notifications = yield* all(actor)
        if (notifications.length === 0 || actor.kind !== "partner") return []
        const read = yield* settings.readNotifications(actor.userId)
        return notifications
          .filter((n) => !read.has(n.id))
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
      })

      const markRead = Effect.fn("NotificationService.markRead")(function* (actor: Actor, id: string) {
        const found = (yield* all(actor)).some((n) => n.id === id)
        if (!found || actor.kind !== "partner") return yield* new NotFound({ entity: "notification", id })
        const at = yield* clock.now
        yield* settings.markNotificationRead(actor.userId, id, at)
      })

      return NotificationService.of({ list, markRead })
    })
  )
}
