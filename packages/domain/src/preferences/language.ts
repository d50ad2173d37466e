import { Schema } from "effect"

/** The five languages of the apps and emails (SPEC §10); English is the default. */
export const Language = Schema.Literals(["en", "de", "hu", "sv", "cs"])
export type Language = typeof Language.Type

/** The language of users who chose none: English. */
export const DEFAULT_LANGUAGE: Language = "en"

/** Whether a value is one of the supported languages. */
export const isLanguage: (value: unknown) => value is Language = Schema.is(Language)

/**
 * The address with `lang=<language>` at the end of its query (an earlier one replaced), so the app it
 * opens starts in that language.
 */
export const withLanguage = (url: string, language: Language): string => {
  const hash = url.indexOf("#")
  const [rest, fragment] = hash < 0 ? [url, ""] : [url.slice(0, hash), url.slice(hash)]
  const question = rest.indexOf("?")
  const [path, query] = question < 0 ? [rest, ""] : [rest.slice(0, question), rest.slice(question + 1)]
  const others = query.split("&").filter((p) => p !== "" && !p.startsWith("lang="))
  return `${path}?${[...others, `lang=${language}`].join("&")}${fragment}`
}
