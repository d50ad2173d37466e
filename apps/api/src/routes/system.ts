import { devMailboxMessages } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { group, QueryInt, route } from "../http/route.ts"

/** Non-production only: the mailbox that receives emails when no SMTP server is configured. */
export const devMailboxRoutes = group("/api/v1/dev", "Development", [
  route(
    {
      method: "get",
      path: "/mailbox",
      operationId: "getDevMailbox",
      summary: "Emails delivered to the local dev mailbox, newest first (non-production only)",
      auth: "none",
      query: Schema.Struct({
        to: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 500))
      }),
      response: Schema.Struct({
        messages: Schema.Array(
          Schema.Struct({
            id: Schema.String,
            to: Schema.Array(Schema.String),
            subject: Schema.String,
            text: Schema.String,
            html: Schema.NullOr(Schema.String),
            template: Schema.String,
            createdAt: Schema.String
          })
        )
      }),
      status: 200,
      errors: [400]
    },
    ({ query }) =>
      Effect.gen(function* () {
        const entries = yield* devMailboxMessages(query.limit ?? 100, query.to)
        return {
          messages: entries.map((e) => ({ ...e, to: [...e.to], createdAt: e.createdAt.toISOString() }))
        }
      })
  )
])
