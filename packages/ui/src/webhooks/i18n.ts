import { useTranslator } from "../i18n/context.tsx"
import { messages } from "./messages/index.ts"

export { messages }

/** Translator for the webhook settings in the current language. */
export const useT = () => useTranslator(messages)
