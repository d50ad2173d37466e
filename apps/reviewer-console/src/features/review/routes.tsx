import type { AppRoute } from "@openpor/ui"
import { useReviewT } from "./lib/i18n.ts"
import { readsReview } from "./lib/roles.ts"
import { CasePage } from "./pages/CasePage.tsx"
import { ClaimPage } from "./pages/ClaimPage.tsx"
import { QueuePage } from "./pages/QueuePage.tsx"

function QueueNavLabel() {
  return <>{useReviewT()("nav.queue")}</>
}

/** The review feature's pages: the queue, a claim, an arbitration case. */
export const reviewRoutes: readonly AppRoute[] = [
  { path: "/queue", component: QueuePage, navLabel: QueueNavLabel, navWhen: readsReview },
  { path: "/claims/:id", component: ClaimPage },
  { path: "/cases/:id", component: CasePage }
]
