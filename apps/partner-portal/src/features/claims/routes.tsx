import type { AppRoute } from "@openpor/ui"
import { canViewClaims } from "../../lib/access.ts"
import { useT } from "./i18n.ts"
import { ClaimImportPage } from "./import/ClaimImportPage.tsx"
import { ClaimImportReportPage } from "./import/ClaimImportReportPage.tsx"
import { ClaimDetailPage } from "./pages/ClaimDetailPage.tsx"
import { ClaimsListPage } from "./pages/ClaimsListPage.tsx"
import { ClaimWizardPage } from "./pages/ClaimWizardPage.tsx"
import { ClaimUsagePage } from "./usage/ClaimUsagePage.tsx"

/** The claims pages: the list (in the navigation for users who may see claims), the wizard and a claim. */
export const claimRoutes: readonly AppRoute[] = [
  { path: "/claims", component: ClaimsListPage, navLabel: () => useT()("nav"), navWhen: canViewClaims },
  { path: "/claims/new", component: ClaimWizardPage },
  { path: "/claims/import", component: ClaimImportPage },
  { path: "/claims/import/:id", component: ClaimImportReportPage },
  { path: "/claims/:id", component: ClaimDetailPage },
  { path: "/claims/:id/edit", component: ClaimWizardPage },
  { path: "/claims/:id/usage", component: ClaimUsagePage }
]
