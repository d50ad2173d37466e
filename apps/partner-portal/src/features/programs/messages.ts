import type { Catalog } from "@openpor/ui"
import { cs } from "./messages/cs.ts"
import { de } from "./messages/de.ts"
import { en, type ProgramMessages } from "./messages/en.ts"
import { hu } from "./messages/hu.ts"
import { sv } from "./messages/sv.ts"

export { cs, de, en, hu, sv }
export const messages: Catalog<ProgramMessages> = { en, de, hu, sv, cs }
