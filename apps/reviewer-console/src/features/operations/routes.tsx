import type { AppRoute } from "@openpor/ui"
import { useT } from "../../i18n/index.ts"
import { AuditPage } from "../audit/AuditPage.tsx"
import { DirectoryPage } from "../directory/DirectoryPage.tsx"
import { EligibilityPage } from "../eligibility/EligibilityPage.tsx"
import { HistoryImportPage } from "../history-import/HistoryImportPage.tsx"
import { HolidaysPage } from "../holidays/HolidaysPage.tsx"
import { IdentityProvidersPage } from "../identity-providers/IdentityProvidersPage.tsx"
import { ProgramEditPage } from "../programs/ProgramEditPage.tsx"
import { ProgramsPage } from "../programs/ProgramsPage.tsx"
import { TestClockPage } from "../test-clock/TestClockPage.tsx"
import { ValidationPage } from "../validation/ValidationPage.tsx"
import { webhookScreens } from "../webhooks/screens.tsx"
import { mayOpen } from "./access.ts"
import { OperationsHome } from "./OperationsHome.tsx"

function OperationsNavLabel() {
  return <>{useT()("operations.nav")}</>
}

function AuditNavLabel() {
  return <>{useT()("audit.nav")}</>
}

/** The operator's screens and the audit log; navigation entries only for the roles that may use them. */
export const operationsRoutes: readonly AppRoute[] = [
  {
    path: "/operations",
    component: OperationsHome,
    navLabel: OperationsNavLabel,
    navWhen: (me) => mayOpen(me, "operations")
  },
  { path: "/operations/programs", component: ProgramsPage },
  { path: "/operations/programs/:id", component: ProgramEditPage },
  { path: "/operations/eligibility", component: EligibilityPage },
  { path: "/operations/directory", component: DirectoryPage },
  { path: "/operations/holidays", component: HolidaysPage },
  { path: "/operations/validation", component: ValidationPage },
  { path: "/operations/clock", component: TestClockPage },
  { path: "/operations/history-import", component: HistoryImportPage },
  { path: "/operations/webhooks", component: webhookScreens.Endpoints },
  { path: "/operations/webhooks/:id", component: webhookScreens.Endpoint },
  { path: "/operations/webhooks/:id/deliveries/:deliveryId", component: webhookScreens.Delivery },
  { path: "/operations/identity-providers", component: IdentityProvidersPage },
  { path: "/audit", component: AuditPage, navLabel: AuditNavLabel, navWhen: (me) => mayOpen(me, "audit") }
]
