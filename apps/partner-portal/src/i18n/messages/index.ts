import type { Catalog } from "@openpor/ui"
import { cs } from "./cs.ts"
import { de } from "./de.ts"
import { en, type PartnerMessages } from "./en.ts"
import { hu } from "./hu.ts"
import { sv } from "./sv.ts"

export type { PartnerMessages }

export const messages: Catalog<PartnerMessages> = { en, de, hu, sv, cs }
