import { type ClaimMessages, en } from "./en.ts"

export const hu: ClaimMessages = en
