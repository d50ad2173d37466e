/** Response and request shapes of the OpenPOR HTTP API (`/api/v1`, see SPEC §9). */

export type UserKind = "partner" | "customer" | "vendor"

export type RoleName =
  | "global_admin"
  | "account_admin"
  | "incentives_admin"
  | "incentives_user"
  | "billing_admin"
  | "tenant_admin"
  | "reviewer"
  | "operator"
  | "auditor"

export const ROLE_NAMES: readonly RoleName[] = [
  "global_admin",
  "account_admin",
  "incentives_admin",
  "incentives_user",
  "billing_admin",
  "tenant_admin",
  "reviewer",
  "operator",
  "auditor"
]

export interface User {
  readonly id: string
  readonly email: string
  readonly displayName: string
  readonly kind: UserKind
}

export interface Organization {
  readonly id: string
  readonly name: string
}

export interface Tenant {
  readonly id: string
  readonly name: string
}

/** One role assignment; `locationId`/`partnerId` are set for per-location roles and null otherwise. */
export interface RoleAssignment {
  readonly role: RoleName
  readonly locationId: string | null
  readonly partnerId: string | null
}

/** A partner location the user has access to, with the user's roles there. */
export interface PartnerLocation {
  readonly id: string
  /** The location's PartnerID (MPN ID). */
  readonly partnerId: string
  readonly name: string
  readonly city: string
  readonly roles: readonly RoleName[]
}

/** `GET /api/v1/me` */
export interface Me {
  readonly user: User
  readonly organization: Organization | null
  readonly tenant: Tenant | null
  readonly roles: readonly RoleAssignment[]
  readonly locations: readonly PartnerLocation[]
}

/** `POST /api/v1/auth/sessions` */
export interface Session {
  readonly token: string
  readonly csrfToken: string
  readonly expiresAt: string
  readonly user: User
}

export interface MailboxMessage {
  readonly id: string
  readonly to: readonly string[]
  readonly subject: string
  readonly text: string
  readonly html: string | null
  readonly createdAt: string
}

/** `GET /api/v1/dev/mailbox` (non-production only), newest first. */
export interface Mailbox {
  readonly messages: readonly MailboxMessage[]
}

/** The error envelope every failing endpoint answers with. */
export interface ErrorEnvelope {
  readonly error: {
    readonly code: string
    readonly message: string
    readonly details?: Readonly<Record<string, unknown>>
  }
}
