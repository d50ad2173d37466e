/** Writes src/generated/openapi.json and openapi.ts from the API's code: `./dev -C packages/api-client run generate`. */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import {
  buildDocument,
  DOCUMENT_FILE,
  documentText,
  GENERATED_DIR,
  TYPES_FILE,
  typesText
} from "./openapi.ts"

const document = buildDocument()
mkdirSync(GENERATED_DIR, { recursive: true })
writeFileSync(DOCUMENT_FILE, documentText(document))
writeFileSync(TYPES_FILE, await typesText(document))
console.log(`wrote ${fileURLToPath(DOCUMENT_FILE)}\nwrote ${fileURLToPath(TYPES_FILE)}`)
process.exit(0)
