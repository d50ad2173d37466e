import { AsyncView, useSession } from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, type JSX } from "solid-js"
import { useReviewT } from "../lib/i18n.ts"
import { ConsentFacts, DeadlineFacts } from "./ClaimDetails.tsx"
import { PoePreview } from "./PoePreview.tsx"
import { ClaimStatus } from "./StatusLabel.tsx"

/**
 * The queue's detail pane on wide screens: the selected claim's consent, deadlines and proof of
 * execution beside the list, so a reviewer can triage without leaving the queue.
 */
export function QueuePreview(props: { readonly claimId: string }): JSX.Element {
  const t = useReviewT()
  const { client } = useSession()
  const [claim, { refetch }] = createResource(
    () => props.claimId,
    (id) => client.GET("/api/v1/claims/{id}", { params: { path: { id } } })
  )
  return (
    <aside class="queue-preview card stack" aria-labelledby="queue-preview-heading">
      <AsyncView resource={claim} retry={refetch} loadingText={t("claim.loading")}>
        {(c) => (
          <>
            <div class="review-title">
              <h2 id="queue-preview-heading">{c.name}</h2>
              <ClaimStatus status={c.status} />
            </div>
            <p>
              <A href={`/claims/${encodeURIComponent(c.id)}`}>{t("queue.openFull", { name: c.name })}</A>
            </p>
            <h3>{t("claim.consent")}</h3>
            <ConsentFacts claim={c} />
            <h3>{t("claim.deadlines")}</h3>
            <DeadlineFacts claim={c} />
            <h3>{t("claim.poe")}</h3>
            <PoePreview claimId={c.id} documents={c.poe} count={Number(c.poeCount)} compact />
          </>
        )}
      </AsyncView>
    </aside>
  )
}
