/**
 * The client's error codes are the server's: `ERROR_CODES` and the `ErrorCode` union are generated from the
 * OpenAPI document's `ErrorCode` schema (test/generated.test.ts keeps them current); here they are checked
 * against the server's vocabulary (apps/api/src/http/error-codes.ts) and its error table.
 */
import { ERROR_CODES as SERVER_ERROR_CODES } from "@openpor/api/http/error-codes"
import { errorTable } from "@openpor/api/http/error-table"
import { describe, expect, it } from "vitest"
import {
  ApiError,
  ERROR_CODES,
  type ErrorCode,
  isApiError,
  isErrorCode,
  toApiError,
  unwrap
} from "../src/index.ts"

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

describe("error codes", () => {
  it("are the server's vocabulary, in its order", () => {
    expect([...ERROR_CODES]).toEqual([...SERVER_ERROR_CODES])
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
  })

  it("include every code of the server's error table", () => {
    const fixed = Object.values(errorTable).flatMap((row) => (typeof row.code === "string" ? [row.code] : []))
    expect(fixed.length).toBeGreaterThan(20)
    expect(fixed.filter((code) => !isErrorCode(code))).toEqual([])
    // A 422 without violations answers with the generic code.
    const ruleRow = errorTable.RuleViolations
    expect(typeof ruleRow.code === "function" && isErrorCode(ruleRow.code({ violations: [] } as never))).toBe(
      true
    )
  })

  it("are the codes of every error answer in the OpenAPI document", async () => {
    const document = (await import("../src/generated/openapi.json", { with: { type: "json" } })).default as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
      >
      components: { schemas: { ErrorCode: { enum: string[] } } }
    }
    expect(document.components.schemas.ErrorCode.enum).toEqual([...ERROR_CODES])
    let answers = 0
    for (const operations of Object.values(document.paths))
      for (const operation of Object.values(operations))
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue
          answers += 1
          expect(JSON.stringify(response.content?.["application/json"]?.schema)).toContain(
            '"code":{"$ref":"#/components/schemas/ErrorCode"}'
          )
        }
    expect(answers).toBeGreaterThan(100)
  })
})

describe("ApiError and its guard", () => {
  it("reads the envelope, the request id and narrows by code", () => {
    const error: unknown = toApiError(
      409,
      "Conflict",
      { error: { code: "version_conflict", message: "stale", details: { expected: 1, actual: 2 } } },
      "req-1"
    )
    expect(isApiError(error)).toBe(true)
    expect(isApiError(error, "not_found")).toBe(false)
    expect(isApiError(error, "not_found", "version_conflict")).toBe(true)
    if (!isApiError(error, "version_conflict")) throw new Error("not narrowed")
    const code: "version_conflict" = error.code
    expect({
      status: error.status,
      code,
      message: error.message,
      details: error.details,
      requestId: error.requestId
    }).toEqual({
      status: 409,
      code: "version_conflict",
      message: "stale",
      details: { expected: 1, actual: 2 },
      requestId: "req-1"
    })
    expect(isApiError(new Error("x"))).toBe(false)
    // @ts-expect-error not a code of the API
    isApiError(error, "no_such_code")
  })

  it("falls back to http_<status> without an envelope", () => {
    const error = toApiError(502, "Bad Gateway", undefined)
    expect([error.code, error.message, error.details]).toEqual(["http_502", "Bad Gateway", {}])
  })
})

describe("unwrap", () => {
  it("returns a plain openapi-fetch result's data", () => {
    expect(unwrap({ data: { ok: true }, response: json(200, { ok: true }) })).toEqual({ ok: true })
  })

  it("throws a failed result as an ApiError with the X-Request-Id", () => {
    const response = json(404, {}, { "x-request-id": "req-9" })
    const result = {
      error: { error: { code: "not_found", message: "No claim x", details: { entity: "claim", id: "x" } } },
      response
    }
    let thrown: unknown
    try {
      unwrap(result)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ApiError)
    const error = thrown as ApiError
    const code: ErrorCode | undefined = isErrorCode(error.code) ? error.code : undefined
    expect([error.status, code, error.details, error.requestId]).toEqual([
      404,
      "not_found",
      { entity: "claim", id: "x" },
      "req-9"
    ])
  })
})
