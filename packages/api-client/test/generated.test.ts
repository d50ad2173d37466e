/**
 * The committed OpenAPI document and types must be exactly what the API's code produces now. When this
 * fails, the API's schemas changed: run `./dev -C packages/api-client run generate`, review the diff of
 * src/generated/ and fix the apps that no longer typecheck.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  buildDocument,
  DOCUMENT_FILE,
  documentText,
  ERROR_CODES_FILE,
  errorCodesText,
  TYPES_FILE,
  typesText
} from "../scripts/openapi.ts"

describe("generated API types", () => {
  const document = buildDocument()

  it("src/generated/openapi.json is the document the API serves", () => {
    expect(readFileSync(DOCUMENT_FILE, "utf8") === documentText(document), REGENERATE).toBe(true)
  })

  it("src/generated/openapi.ts is generated from that document", async () => {
    expect(readFileSync(TYPES_FILE, "utf8") === (await typesText(document)), REGENERATE).toBe(true)
  })

  it("src/generated/error-codes.ts lists that document's ErrorCode enum", () => {
    expect(readFileSync(ERROR_CODES_FILE, "utf8") === errorCodesText(document), REGENERATE).toBe(true)
  })
})

const REGENERATE =
  "The API's OpenAPI document changed: run `./dev -C packages/api-client run generate` and commit src/generated/"
