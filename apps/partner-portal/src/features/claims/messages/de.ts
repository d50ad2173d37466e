import { type ClaimMessages, en } from "./en.ts"

export const de: ClaimMessages = en
