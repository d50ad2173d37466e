import { useLocale, useTranslator } from "@openpor/ui"
import { messages } from "./messages/index.ts"

/** Translator for this app's strings in the current language. */
export const useT = () => useTranslator(messages)

/** This app's messages in the current language (for label maps such as `claimStatus`). */
export const useMessages = () => {
  const { locale } = useLocale()
  return () => messages[locale()]
}
