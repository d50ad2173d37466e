import type { ResponseOf } from "@openpor/api-client"
import { useSession } from "../session.tsx"
import { type ApiForm, createApiForm } from "./api-form.tsx"

/** A comment as the API answers a new one (and as a claim view and the paged comments list it). */
export type SentComment = ResponseOf<"commentOnClaim">

/**
 * The form that adds a comment to a claim's thread (a partner's answer, a reviewer's reply): its body, required
 * and sent trimmed; emptied once sent. `onSent` gets the created comment as the API answers it (not the claim):
 * the page appends it to the thread it shows.
 */
export const createCommentForm = (options: {
  readonly claimId: () => string
  readonly onSent: (comment: SentComment) => void
}): ApiForm<{ body: string }> => {
  const { client } = useSession()
  return createApiForm({
    initial: { body: "" },
    required: ["body"],
    resetOnSuccess: true,
    submit: (values) =>
      client.POST("/api/v1/claims/{id}/comments", {
        params: { path: { id: options.claimId() } },
        body: { body: values.body.trim() }
      }),
    onSuccess: (comment) => options.onSent(comment)
  })
}
