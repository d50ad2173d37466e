import { useTranslator } from "@openpor/ui"
import { importMessages } from "./messages.ts"

/** Translator for Claims → Import from CSV in the current language. */
export const useImportT = () => useTranslator(importMessages)
