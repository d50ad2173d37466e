import { useTranslator } from "@openpor/ui"
import { messages } from "./messages.ts"

/** Translator for the bank and tax profiles in the current language. */
export const useT = () => useTranslator(messages)
