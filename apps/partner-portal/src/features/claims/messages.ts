import type { Catalog } from "@openpor/ui"
import { cs } from "./messages/cs.ts"
import { de } from "./messages/de.ts"
import { type ClaimMessages, en } from "./messages/en.ts"
import { hu } from "./messages/hu.ts"
import { sv } from "./messages/sv.ts"

export type { ClaimMessages }
export { cs, de, en, hu, sv }
/** The claims feature's strings in the five languages (no UI code: the tests read it too). */
export const messages: Catalog<ClaimMessages> = { en, de, hu, sv, cs }
