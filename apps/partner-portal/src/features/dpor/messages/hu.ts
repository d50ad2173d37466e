import type { DporMessages } from "./en.ts"
import { en } from "./en.ts"
export const hu: DporMessages = en
