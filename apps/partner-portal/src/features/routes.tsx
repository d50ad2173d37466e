import type { AppRoute } from "@openpor/ui"
import "./partner.css"
import { canManageUsers, canViewClaims, canViewEnrollments, isIncentivesAdmin } from "../lib/access.ts"
import { AttributionPage } from "./attribution/AttributionPage.tsx"
import { useT as useAttributionT } from "./attribution/i18n.ts"
import { claimRoutes } from "./claims/routes.tsx"
import { DporPage } from "./dpor/DporPage.tsx"
import { useT as useDporT } from "./dpor/i18n.ts"
import { EnrollPage } from "./enrollments/EnrollPage.tsx"
import { IncentivesPage } from "./enrollments/IncentivesPage.tsx"
import { useT as useEnrollmentT } from "./enrollments/i18n.ts"
import { useT as usePayoutT } from "./payout/i18n.ts"
import { PayoutPage } from "./payout/PayoutPage.tsx"
import { ProgramGuidePage } from "./programs/ProgramGuidePage.tsx"
import { useT as useUsersT } from "./users/i18n.ts"
import { UsersPage } from "./users/UsersPage.tsx"
import { webhookRoutes } from "./webhooks/routes.tsx"

/**
 * The pages of the partner portal in navigation order; each navigation entry only for the users whose roles
 * allow what the page does (the pages themselves say so when opened by others). One line per feature.
 */
export const partnerRoutes: readonly AppRoute[] = [
  {
    path: "/incentives",
    component: IncentivesPage,
    navLabel: () => useEnrollmentT()("nav"),
    navWhen: canViewEnrollments
  },
  { path: "/incentives/:id", component: EnrollPage },
  { path: "/programs/:id", component: ProgramGuidePage },
  {
    path: "/payout",
    component: PayoutPage,
    navLabel: () => usePayoutT()("nav"),
    navWhen: (me) => isIncentivesAdmin(me)
  },
  ...claimRoutes,
  { path: "/users", component: UsersPage, navLabel: () => useUsersT()("nav"), navWhen: canManageUsers },
  { path: "/subscriptions", component: DporPage, navLabel: () => useDporT()("nav"), navWhen: canViewClaims },
  {
    path: "/attribution",
    component: AttributionPage,
    navLabel: () => useAttributionT()("nav"),
    navWhen: canViewClaims
  },
  ...webhookRoutes
]
