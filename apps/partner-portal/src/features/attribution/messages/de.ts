import type { AttributionMessages } from "./en.ts"
import { en } from "./en.ts"
export const de: AttributionMessages = en
