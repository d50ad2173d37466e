import type { Catalog } from "@openpor/ui"
import { cs } from "./cs.ts"
import { de } from "./de.ts"
import { en, type ReviewerMessages } from "./en.ts"
import { hu } from "./hu.ts"
import { sv } from "./sv.ts"

export type { ReviewerMessages }

export const messages: Catalog<ReviewerMessages> = { en, de, hu, sv, cs }
