import type { AttributionMessages } from "./en.ts"
import { en } from "./en.ts"
export const hu: AttributionMessages = en
