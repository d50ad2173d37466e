import type { ResponseOf } from "@openpor/api-client"
import { useSession } from "../session.tsx"
import { type ApiForm, createApiForm } from "./api-form.tsx"

/**
 * The form that adds a comment to a claim's thread (a partner's answer, a reviewer's reply): its body, required
 * and sent trimmed; emptied once sent. `onSent` gets the claim as the API answers it, with the new comment.
 */
export const createCommentForm = (options: {
  readonly claimId: () => string
  readonly onSent: (claim: ResponseOf<"getClaim">) => void
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
    onSuccess: (claim) => options.onSent(claim)
  })
}
