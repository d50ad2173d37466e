import {
  type Actor,
  Language,
  NotificationService,
  NotificationView,
  ownLanguage,
  setOwnLanguage
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const LanguageResponse = Schema.Struct({
  /** The user's language for the apps and emails; null until the user chooses one (emails then in English). */
  language: Schema.NullOr(Language)
})

/** The signed-in user, not a customer contact's signed link (which has no account to keep settings on). */
const ownUser = (actor: Actor) =>
  actor.kind === "customer_contact"
    ? Effect.fail(new HttpError(403, "forbidden", "A signed link has no user settings"))
    : Effect.succeed(actor)

/** SPEC §8, §9: the user's language; §3: the partner portal's home-page notifications, per user. */
export const preferenceRoutes = group("/api/v1", "Authentication", [
  route(
    {
      method: "get",
      path: "/me/language",
      operationId: "getMyLanguage",
      summary: "The signed-in user's language for the apps and emails (null until chosen)",
      auth: "session",
      response: LanguageResponse,
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) =>
      Effect.gen(function* () {
        const actor = yield* ownUser(auth!.actor)
        return { language: yield* ownLanguage(actor.userId) }
      })
  ),
  route(
    {
      method: "patch",
      path: "/me",
      operationId: "updateMe",
      summary: "Set the signed-in user's language (en, de, hu, sv, cs) for the apps and emails",
      description:
        "The apps' language switcher saves the choice here when signed in. Emails to the user are then written in this language, with links that open the apps in it.",
      auth: "session",
      body: Schema.Struct({ language: Language }),
      response: LanguageResponse,
      status: 200,
      errors: [400, 401, 403, 415]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        const actor = yield* ownUser(auth!.actor)
        return { language: yield* setOwnLanguage(actor, body.language) }
      })
  ),
  route(
    {
      method: "get",
      path: "/me/notifications",
      operationId: "listMyNotifications",
      summary: "The signed-in user's unread home-page notifications (enrollment invitations), newest first",
      description:
        "A partner user sees the invitations of the locations where they are Incentives admin (a Global admin: of every location of the organization). Once the user opens one (POST …/read) it is not listed for that user again; other users still see it, and the enrollment stays on the Incentives overview.",
      auth: "session",
      response: Schema.Struct({ notifications: Schema.Array(NotificationView) }),
      status: 200,
      errors: [401]
    },
    ({ auth }) =>
      Effect.map(
        NotificationService.use((s) => s.list(auth!.actor)),
        (notifications) => ({ notifications })
      )
  ),
  route(
    {
      method: "post",
      path: "/me/notifications/{id}/read",
      operationId: "readMyNotification",
      summary: "Mark a notification opened for the signed-in user only (again: no change)",
      auth: "session",
      params: Schema.Struct({ id: Schema.String.check(Schema.isMaxLength(200)) }),
      bodyOptional: true,
      status: 204,
      errors: [400, 401, 404]
    },
    ({ auth, params }) => NotificationService.use((s) => s.markRead(auth!.actor, params.id))
  )
])
