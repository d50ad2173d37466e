import type { UsersMessages } from "./en.ts"
import { en } from "./en.ts"
export const de: UsersMessages = en
