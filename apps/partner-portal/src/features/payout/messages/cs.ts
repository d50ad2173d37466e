import type { PayoutMessages } from "./en.ts"
import { en } from "./en.ts"
export const cs: PayoutMessages = en
