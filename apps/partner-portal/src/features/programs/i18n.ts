import { useTranslator } from "@openpor/ui"
import { messages } from "./messages.ts"

/** Translator for the program pages in the current language. */
export const useT = () => useTranslator(messages)
