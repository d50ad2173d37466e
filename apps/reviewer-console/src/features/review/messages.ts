/** The review feature's strings (queue, claim review, arbitration case), one file per language. */
import type { Catalog } from "@openpor/ui"
import { cs } from "./messages/cs.ts"
import { de } from "./messages/de.ts"
import { en, type ReviewMessages } from "./messages/en.ts"
import { hu } from "./messages/hu.ts"
import { sv } from "./messages/sv.ts"

export { cs, de, en, hu, type ReviewMessages, sv }

/** The review feature's strings in the five languages. */
export const reviewMessages: Catalog<ReviewMessages> = { en, de, hu, sv, cs }
