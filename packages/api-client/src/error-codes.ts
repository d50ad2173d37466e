/**
 * The API's error codes: the vocabulary of the error envelope's `code`, derived from the OpenAPI document
 * (its `ErrorCode` schema), never written by hand.
 *
 * @module
 */
import { GENERATED_ERROR_CODES } from "./generated/error-codes.ts"
import type { components } from "./generated/openapi.ts"

/**
 * Every code the API's error envelope can carry (`version_conflict`, `not_found`, `missing_field`, …): the
 * `ErrorCode` schema of the OpenAPI document.
 */
export type ErrorCode = components["schemas"]["ErrorCode"]

// The generated list and the generated union name the same codes: a difference is a compile error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameCodes: Same<(typeof GENERATED_ERROR_CODES)[number], ErrorCode> = true
void sameCodes

/** Every {@link ErrorCode}, in the order the API declares them (grouped by where they arise). */
export const ERROR_CODES: readonly ErrorCode[] = GENERATED_ERROR_CODES

/** Whether `value` is one of the API's {@link ErrorCode}s. */
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value)
