import { useTranslator } from "@openpor/ui"
import { messages } from "./messages.ts"

/** Translator for the incentives overview and enrollment in the current language. */
export const useT = () => useTranslator(messages)
