/** Route of the sign-in page in every app (relative to the app's base path). */
export const SIGN_IN_PATH = "/sign-in"

export type SignInReason = "signed_out" | "expired"

/**
 * The in-app path to return to after sign-in, from an untrusted `next` query parameter: only same-app
 * absolute paths are accepted (no scheme, no protocol-relative `//host`, not the sign-in page itself).
 */
export const safeNextPath = (value: unknown): string => {
  if (typeof value !== "string" || !value.startsWith("/")) return "/"
  if (value.startsWith("//") || value.startsWith("/\\") || /\p{Cc}/u.test(value)) return "/"
  const pathname = value.split(/[?#]/)[0]!
  if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return "/"
  return value
}

/** `pathname` relative to the app's `base` ("/partner"): `/partner/mailbox` → `/mailbox`. */
export const stripBase = (pathname: string, base: string): string => {
  const normalizedBase = base.replace(/\/+$/, "")
  if (normalizedBase === "") return pathname || "/"
  const lowerPath = pathname.toLowerCase()
  const lowerBase = normalizedBase.toLowerCase()
  if (lowerPath === lowerBase) return "/"
  if (lowerPath.startsWith(`${lowerBase}/`)) return pathname.slice(normalizedBase.length)
  return pathname || "/"
}

/** The sign-in route with where to go afterwards and why the user is there. */
export const signInPath = (
  options: { readonly next?: string; readonly reason?: SignInReason } = {}
): string => {
  const params = new URLSearchParams()
  if (options.next !== undefined && safeNextPath(options.next) !== "/") params.set("next", options.next)
  if (options.reason !== undefined) params.set("reason", options.reason)
  const query = params.toString()
  return query === "" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${query}`
}

export const parseSignInReason = (value: unknown): SignInReason | undefined =>
  value === "signed_out" || value === "expired" ? value : undefined

/**
 * Where to send a user whose session is missing (`initial`), ended by signing out, or expired: the sign-in
 * page, with the current in-app location as `next` unless they signed out on purpose.
 */
export const signInRedirectPath = (
  reason: "initial" | SignInReason,
  location: { readonly pathname: string; readonly search: string; readonly hash: string },
  base: string
): string => {
  if (reason === "signed_out") return signInPath({ reason })
  const next = `${stripBase(location.pathname, base)}${location.search}${location.hash}`
  return signInPath(reason === "expired" ? { next, reason } : { next })
}
