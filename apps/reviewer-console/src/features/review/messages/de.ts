import type { ReviewMessages } from "./en.ts"
import { en } from "./en.ts"

// TODO translate
export const de: ReviewMessages = en
