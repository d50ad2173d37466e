import { useTranslator } from "@openpor/ui"
import { messages } from "./messages.ts"

/** Translator for the partner-of-record subscriptions in the current language. */
export const useT = () => useTranslator(messages)
