import { useTranslator } from "@openpor/ui"
import { messages } from "./messages/index.ts"

/** Translator for this app's strings in the current language. */
export const useT = () => useTranslator(messages)
