/**
 * Named shapes of the OpenPOR HTTP API, all derived from the generated `paths`/`operations` (never written by
 * hand): `ResponseOf<"getMe">` is what `GET /api/v1/me` answers, `BodyOf<"signIn">` what sign-in takes.
 */
import type { components, operations, paths } from "./generated/openapi.ts"

export type { components, operations, paths }

export type OperationId = keyof operations

type JsonContent<R> = R extends { content: { "application/json": infer T } } ? T : undefined
type SuccessStatus = 200 | 201 | 202 | 204

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
export type User = Me["user"]
export type UserKind = User["kind"]
export type RoleAssignment = Me["roles"][number]
export type RoleName = RoleAssignment["role"]
export type PartnerLocation = Me["locations"][number]
export type Organization = NonNullable<Me["organization"]>
export type Tenant = NonNullable<Me["tenant"]>
/** `GET /api/v1/dev/mailbox` (non-production only), newest first. */
export type Mailbox = ResponseOf<"getDevMailbox">
export type MailboxMessage = Mailbox["messages"][number]

/** The error envelope every failing endpoint answers with (SPEC §9). */
export interface ErrorEnvelope {
  readonly error: {
    readonly code: string
    readonly message: string
    readonly details?: Readonly<Record<string, unknown>>
  }
}
