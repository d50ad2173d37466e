import type { Me } from "@openpor/api-client"
import { type VendorRole, vendorRoles } from "../../lib/me.ts"

/** Whether the user holds at least one of the vendor roles. */
export const holdsAny = (me: Me, roles: readonly VendorRole[]): boolean =>
  vendorRoles(me).some((role) => roles.includes(role))

/** Who may open each operations screen (SPEC §1): the operator works them, the auditor reads them. */
export const SCREEN_ROLES = {
  operations: ["operator", "auditor"],
  programs: ["operator", "auditor"],
  eligibility: ["operator"],
  directory: ["operator", "auditor"],
  holidays: ["operator", "auditor"],
  validation: ["operator", "auditor"],
  clock: ["operator", "auditor"],
  history: ["operator"],
  webhooks: ["operator", "auditor"],
  identityProviders: ["operator", "auditor"],
  audit: ["auditor", "operator", "reviewer"]
} as const satisfies Record<string, readonly VendorRole[]>

export type Screen = keyof typeof SCREEN_ROLES

/** May the user open the screen? */
export const mayOpen = (me: Me, screen: Screen): boolean => holdsAny(me, SCREEN_ROLES[screen])

/** May the user change things (the operator); everyone else who may open a screen only reads it. */
export const mayOperate = (me: Me): boolean => holdsAny(me, ["operator"])
