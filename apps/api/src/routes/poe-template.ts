import {
  ClaimsService,
  contentDisposition,
  Language,
  ownLanguage,
  poeTemplateDocument
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { requestLanguage } from "../http/language.ts"
import { group, route } from "../http/route.ts"
import { renderPoeTemplatePdf } from "../platform/poe-template-pdf.ts"

/**
 * `GET /api/v1/claims/{id}/poe-template` (SPEC §5, seed 001 step 17): the claim's proof-of-execution
 * template as a PDF, pre-filled and in the requester's language, for the customer to sign.
 */
export const poeTemplateRoutes = group("/api/v1/claims", "Claims (CPOR)", [
  route(
    {
      method: "get",
      path: "/{id}/poe-template",
      operationId: "downloadPoeTemplate",
      summary:
        "The claim's pre-filled POE template (PDF): customer, partner, solution area, role, workloads or subscriptions, the statement of work and signature lines",
      description:
        "For whoever may read the claim (404 for anyone else). The language is `lang` when given, else the user's language setting (PATCH /api/v1/me), else the request's Accept-Language (en, de, hu, sv or cs), else English.",
      auth: "session",
      params: Schema.Struct({ id: Schema.String.check(Schema.isMaxLength(100)) }),
      query: Schema.Struct({ lang: Schema.optionalKey(Language) }),
      responseFile: "application/pdf",
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query, c }) =>
      Effect.gen(function* () {
        const facts = yield* ClaimsService.use((s) => s.poeTemplate(auth!.actor, params.id))
        const actor = auth!.actor
        const setting = actor.kind === "customer_contact" ? null : yield* ownLanguage(actor.userId)
        const language = requestLanguage(query.lang, setting, c.req.header("accept-language"))
        const template = poeTemplateDocument(facts, language)
        const bytes = yield* Effect.promise(() => renderPoeTemplatePdf(template, facts.preparedAt))
        return new Response(bytes as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: {
            "Content-Type": "application/pdf",
            "Content-Disposition": contentDisposition(template.fileName),
            "Content-Language": language,
            "Content-Length": String(bytes.byteLength),
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            Vary: "Accept-Language"
          }
        })
      })
  )
])
