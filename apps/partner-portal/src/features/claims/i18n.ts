import { useTranslator } from "@openpor/ui"
import { messages } from "./messages.ts"

/** Translator for the claim wizard, the claims list and the claim page in the current language. */
export const useT = () => useTranslator(messages)
