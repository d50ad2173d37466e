/**
 * Named shapes of the OpenPOR HTTP API, all derived from the generated `paths`/`operations` (never written by
 * hand): `ResponseOf<"getMe">` is what `GET /api/v1/me` answers, `BodyOf<"signIn">` what sign-in takes.
 *
 * @module
 */
import type { components, operations, paths } from "./generated/openapi.ts"

export type { components, operations, paths }

/** The `operationId` of every operation of the API (`getMe`, `createClaim`, `listClaims`, …). */
export type OperationId = keyof operations

/** The `application/json` body of a generated response type (`undefined` when it has none, e.g. 204). */
export type JsonContent<R> = R extends { content: { "application/json": infer T } } ? T : undefined
/** The HTTP statuses of a success answer. */
export type SuccessStatus = 200 | 201 | 202 | 204

/** The JSON body of the operation's success response (`undefined` for 204). */
export type ResponseOf<Op extends OperationId> = JsonContent<
  operations[Op]["responses"][Extract<keyof operations[Op]["responses"], SuccessStatus>]
>

/** The JSON request body of the operation. */
export type BodyOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer T } }
}
  ? T
  : never

/** The query parameters of the operation. */
export type QueryOf<Op extends OperationId> = NonNullable<operations[Op]["parameters"]["query"]>

/** `GET /api/v1/me` */
export type Me = ResponseOf<"getMe">
/** `POST /api/v1/auth/sessions` */
export type Session = ResponseOf<"signIn">
/** The signed-in user of {@link Me}. */
export type User = Me["user"]
/** Whether a user belongs to a partner, a customer or the vendor. */
export type UserKind = User["kind"]
/** One role of the signed-in user (with its location for the incentive roles). */
export type RoleAssignment = Me["roles"][number]
/** The name of a role (SPEC §1). */
export type RoleName = RoleAssignment["role"]
/** A location (PartnerID) the signed-in partner user works for. */
export type PartnerLocation = Me["locations"][number]
/** The signed-in partner user's organization. */
export type Organization = NonNullable<Me["organization"]>
/** The signed-in customer user's tenant. */
export type Tenant = NonNullable<Me["tenant"]>
/** `GET /api/v1/dev/mailbox` (non-production only), newest first. */
export type Mailbox = ResponseOf<"getDevMailbox">
/** One message of the development mailbox. */
export type MailboxMessage = Mailbox["messages"][number]

/**
 * The error envelope every failing endpoint answers with (SPEC §9), as parsed JSON: `code` is one of the
 * `ERROR_CODES` (a string here, since a newer server may send one this client does not list).
 */
export interface ErrorEnvelope {
  /** The error. */
  readonly error: {
    /** The stable snake_case error code. */
    readonly code: string
    /** A human-readable English message. */
    readonly message: string
    /** Machine-readable details (depend on the code). */
    readonly details?: Readonly<Record<string, unknown>>
  }
}
