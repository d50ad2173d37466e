/** Writes src/generated/openapi.json, openapi.ts and error-codes.ts from the API's code: `./dev -C packages/api-client run generate`. */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import {
  buildDocument,
  DOCUMENT_FILE,
  documentText,
  ERROR_CODES_FILE,
  errorCodesText,
  GENERATED_DIR,
  TYPES_FILE,
  typesText
} from "./openapi.ts"

const document = buildDocument()
mkdirSync(GENERATED_DIR, { recursive: true })
writeFileSync(DOCUMENT_FILE, documentText(document))
writeFileSync(TYPES_FILE, await typesText(document))
writeFileSync(ERROR_CODES_FILE, errorCodesText(document))
for (const file of [DOCUMENT_FILE, TYPES_FILE, ERROR_CODES_FILE]) console.log(`wrote ${fileURLToPath(file)}`)
process.exit(0)
