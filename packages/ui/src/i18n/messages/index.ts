import type { Catalog } from "../catalog.ts"
import { cs } from "./cs.ts"
import { de } from "./de.ts"
import { en, type SharedMessages } from "./en.ts"
import { hu } from "./hu.ts"
import { sv } from "./sv.ts"

export type { SharedMessages }

export const sharedMessages: Catalog<SharedMessages> = { en, de, hu, sv, cs }
