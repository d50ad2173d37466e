import type { AttributionMessages } from "./en.ts"
import { en } from "./en.ts"
export const sv: AttributionMessages = en
