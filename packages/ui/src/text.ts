export type TextPart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly href: string; readonly text: string }

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi
const SENTENCE_PUNCTUATION = ".,;:!?'\"]}>"

const count = (text: string, char: string): number => text.split(char).length - 1

/** Drops sentence punctuation after a URL, keeping a `)` that closes a `(` inside the URL. */
const trimUrl = (url: string): string => {
  let end = url.length
  while (end > 0) {
    const char = url[end - 1]!
    if (char === ")") {
      const candidate = url.slice(0, end)
      if (count(candidate, "(") >= count(candidate, ")")) break
    } else if (!SENTENCE_PUNCTUATION.includes(char)) {
      break
    }
    end--
  }
  return url.slice(0, end)
}

/**
 * Splits plain text into text and http(s) links, so the links in an email (e.g. the signed link of a
 * consent request) can be followed.
 */
export const linkify = (text: string): TextPart[] => {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = trimUrl(match[0])
    if (!/^https?:\/\/[^/]/i.test(href)) continue
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) })
    parts.push({ kind: "link", href, text: href })
    last = match.index + href.length
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) })
  return parts
}
