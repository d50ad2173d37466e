import { Schema } from "effect"

/**
 * The failures of user administration that a caller must tell apart (each was a string-coded
 * Conflict/InvalidInput before; messages, statuses and codes are unchanged — see the HTTP error table).
 */

/** 409 last_global_admin: an organization keeps at least one Global admin. */
export class LastGlobalAdmin extends Schema.TaggedError<LastGlobalAdmin>()("LastGlobalAdmin", {}) {
  override get message() {
    return "This is the organization's last Global admin; make someone else Global admin first"
  }
}

/** 409 email_in_use: the address is already a user of the inviting organization. */
export class EmailInUse extends Schema.TaggedError<EmailInUse>()("EmailInUse", { email: Schema.String }) {
  override get message() {
    return `${this.email} is already a user of your organization`
  }
}

/** 400 invalid_email. */
export class InvalidEmail extends Schema.TaggedError<InvalidEmail>()("InvalidEmail", {
  email: Schema.String
}) {
  override get message() {
    return `${this.email} is not an email address`
  }
}

/** 400 invalid_role: not a partner role, or an organization-wide role given for a location. */
export class InvalidRole extends Schema.TaggedError<InvalidRole>()("InvalidRole", {
  role: Schema.String,
  problem: Schema.Literals(["not_a_partner_role", "organization_wide"])
}) {
  override get message() {
    return this.problem === "not_a_partner_role"
      ? `${this.role} is not a partner role`
      : `${this.role} applies to the whole organization; leave locationId out`
  }
}

/** 400 global_admin_only: only a Global admin gives, takes or deactivates the Global admin role. */
export class GlobalAdminOnly extends Schema.TaggedError<GlobalAdminOnly>()("GlobalAdminOnly", {
  attempt: Schema.Literals(["change_role", "deactivate"])
}) {
  override get message() {
    return this.attempt === "change_role"
      ? "Only a Global admin can give or take the Global admin role"
      : "Only a Global admin can deactivate a Global admin"
  }
}

/** 400 invitation_invalid: unknown, expired or used link (`alreadyUsed`: used by a concurrent request). */
export class InvitationInvalid extends Schema.TaggedError<InvitationInvalid>()("InvitationInvalid", {
  alreadyUsed: Schema.Boolean
}) {
  override get message() {
    return this.alreadyUsed
      ? "This invitation link was already used"
      : "This invitation link is invalid, used or expired; ask your admin for a new one"
  }
}

/** Every failure of the identity use cases (invitations, roles, deactivation). */
export type IdentityError =
  | LastGlobalAdmin
  | EmailInUse
  | InvalidEmail
  | InvalidRole
  | GlobalAdminOnly
  | InvitationInvalid
