/**
 * Reading a cookie from a `document.cookie` string.
 *
 * @module
 */

/** The value of cookie `name` in a `document.cookie` string, or undefined. */
export const readCookie = (cookieString: string, name: string): string | undefined => {
  for (const part of cookieString.split(";")) {
    const index = part.indexOf("=")
    if (index < 0) continue
    if (part.slice(0, index).trim() !== name) continue
    const raw = part.slice(index + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return undefined
}
