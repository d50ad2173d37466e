import { useTranslator } from "@openpor/ui"
import { usageMessages } from "./messages.ts"

/** Translator for the claim's Usage tab in the current language. */
export const useUsageT = () => useTranslator(usageMessages)
