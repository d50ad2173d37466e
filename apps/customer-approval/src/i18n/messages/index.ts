import type { Catalog } from "@openpor/ui"
import { cs } from "./cs.ts"
import { de } from "./de.ts"
import { type CustomerMessages, en } from "./en.ts"
import { hu } from "./hu.ts"
import { sv } from "./sv.ts"

export type { CustomerMessages }

export const messages: Catalog<CustomerMessages> = { en, de, hu, sv, cs }
