import { type ClaimMessages, en } from "./en.ts"

export const cs: ClaimMessages = en
