/**
 * The strings of the operator's and auditor's screens (operations, audit log): one entry per feature, merged
 * into the app's catalog in each language.
 */
import * as audit from "../audit/messages.ts"
import * as directory from "../directory/messages.ts"
import * as eligibility from "../eligibility/messages.ts"
import * as historyImport from "../history-import/messages.ts"
import * as holidays from "../holidays/messages.ts"
import * as identityProviders from "../identity-providers/messages.ts"
import * as programs from "../programs/messages.ts"
import * as testClock from "../test-clock/messages.ts"
import * as validation from "../validation/messages.ts"
import * as operations from "./messages.ts"

/** Each feature's strings, one module per feature exporting `en`, `de`, `hu`, `sv` and `cs`. */
const features = {
  operations,
  programs,
  eligibility,
  holidays,
  testClock,
  directory,
  validation,
  historyImport,
  audit,
  identityProviders
}

type Language = "en" | "de" | "hu" | "sv" | "cs"
type Catalog = { readonly [F in keyof typeof features]: (typeof features)[F]["en"] }

/** Every feature's strings in one language. */
const catalogIn = (language: Language): Catalog =>
  Object.fromEntries(
    Object.entries(features).map(([feature, messages]) => [feature, messages[language]])
  ) as unknown as Catalog

export const en = catalogIn("en")
export const de: typeof en = catalogIn("de")
export const hu: typeof en = catalogIn("hu")
export const sv: typeof en = catalogIn("sv")
export const cs: typeof en = catalogIn("cs")
