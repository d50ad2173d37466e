import type { UsersMessages } from "./en.ts"
import { en } from "./en.ts"
export const sv: UsersMessages = en
