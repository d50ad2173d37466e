import type { DporMessages } from "./en.ts"
import { en } from "./en.ts"
export const cs: DporMessages = en
