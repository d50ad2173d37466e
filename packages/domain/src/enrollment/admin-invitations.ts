import { Effect, Option } from "effect"
import type { Location, User } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { localizedEmail, type NewEmail, Outbox } from "../outbox/outbox.ts"
import { AppConfig } from "../shared/config.ts"
import { enrollmentEmails } from "./emails.ts"
import type { Program } from "./model.ts"
import { noAdminTexts } from "./no-admin-texts.ts"
import { EnrollmentRepository } from "./repository.ts"

type Facts = Parameters<(typeof noAdminTexts)["en"]["text"]>[0]

/**
 * The invitation of a location without an Incentives admin, to its organization's Global and Account
 * admins in each one's language: assign one (SPEC §3, seed 003); the link opens Users and roles.
 */
const invitationNoAdmin = (c: Facts & { readonly to: ReadonlyArray<string> }): NewEmail =>
  localizedEmail(c.to, "enrollment.invitation_no_admin", (language, link) => {
    const t = noAdminTexts[language]
    return { subject: t.subject(c), text: `${t.text(c)}${t.footer(link("/partner/users"))}` }
  })

/**
 * Who an enrollment invitation reaches (SPEC §3, seed 003): the location's Incentives admins; a location
 * without one cannot enroll, so its invitation goes to the organization's Global and Account admins with
 * the instruction to assign one — and the Incentives admin they assign then receives it.
 */
export const makeAdminInvitations = Effect.gen(function* () {
  const identity = yield* IdentityRepository
  const enrollments = yield* EnrollmentRepository
  const outbox = yield* Outbox

  const context = (location: Location, program: Program) =>
    Effect.gen(function* () {
      const { publicUrl } = yield* AppConfig
      return {
        portalUrl: publicUrl,
        programName: program.name,
        partnerId: location.partnerId,
        locationName: location.name
      }
    })

  /** Whether the location has an (active) Incentives admin. */
  const hasIncentivesAdmin = (location: Location) =>
    Effect.map(identity.usersWithLocationRole(location.id, "incentives_admin"), (us) => us.length > 0)

  /** The invitation of `location` to `program`: to its Incentives admins, or to the organization's admins. */
  const sendInvitation = (location: Location, program: Program) =>
    Effect.gen(function* () {
      const c = yield* context(location, program)
      const admins = yield* identity.usersWithLocationRole(location.id, "incentives_admin")
      if (admins.length > 0) {
        yield* outbox.enqueueEmail(enrollmentEmails.invitation({ ...c, to: admins.map((a) => a.email) }))
        return
      }
      const organizationAdmins = [
        ...(yield* identity.usersWithOrganizationRole(location.organizationId, "global_admin")),
        ...(yield* identity.usersWithOrganizationRole(location.organizationId, "account_admin"))
      ]
      const to = [...new Set(organizationAdmins.map((a) => a.email))]
      if (to.length > 0) yield* outbox.enqueueEmail(invitationNoAdmin({ ...c, to }))
    })

  /** A user just became Incentives admin of `location`: the location's open invitations reach them. */
  const sendPendingInvitations = (location: Location, admin: User) =>
    Effect.gen(function* () {
      const invited = yield* enrollments.listEnrollments({
        locationIds: [location.id],
        states: ["invited"],
        limit: 1000
      })
      for (const enrollment of invited) {
        const program = yield* enrollments.findProgram(enrollment.programId)
        // Open programs send no invitation email (SPEC §3): the overview lists them.
        if (Option.isNone(program) || program.value.open || program.value.status !== "active") continue
        const c = yield* context(location, program.value)
        yield* outbox.enqueueEmail(enrollmentEmails.invitation({ ...c, to: [admin.email] }))
      }
    })

  return { hasIncentivesAdmin, sendInvitation, sendPendingInvitations }
})

export type AdminInvitations = Effect.Success<typeof makeAdminInvitations>
