import { type ClaimMessages, en } from "./en.ts"

export const sv: ClaimMessages = en
