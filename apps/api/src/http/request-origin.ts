import { Context } from "effect"
import type { Context as HonoContext } from "hono"

/** How the API learns where a request came from when it runs behind a proxy (issue 9 item 7). */
export interface RequestOriginSettings {
  /**
   * OPENPOR_TRUST_PROXY: a TLS-terminating reverse proxy in front of the API sets X-Forwarded-Proto /
   * X-Forwarded-For (or Forwarded); only then are those headers believed — anyone can send them.
   */
  readonly trustProxy: boolean
  /** OPENPOR_PUBLIC_URL: when it is https, browsers reach the API over TLS whatever the socket says. */
  readonly publicUrl: string
}

export const RequestOrigin = Context.Reference<RequestOriginSettings>("@openpor/api/http/RequestOrigin", {
  defaultValue: () => ({ trustProxy: false, publicUrl: "http://localhost:3000" })
})

/** The first element's `name=value` of a Forwarded header (RFC 7239), unquoted. */
const forwardedParameter = (header: string | undefined, name: string): string | undefined => {
  if (header === undefined) return undefined
  const first = header.split(",")[0] ?? ""
  for (const pair of first.split(";")) {
    const [key, ...rest] = pair.split("=")
    if (key?.trim().toLowerCase() === name)
      return rest
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1")
  }
  return undefined
}

/** The client-facing value set by the nearest trusted proxy: the first of a comma-separated list. */
const firstValue = (header: string | undefined) => header?.split(",")[0]?.trim() || undefined

/**
 * Whether the browser talks to us over https: the public URL is https, the request itself is, or a
 * trusted proxy says so (X-Forwarded-Proto, or proto= of Forwarded). Decides the cookies' Secure flag.
 */
export const isHttpsRequest = (c: HonoContext, settings: RequestOriginSettings): boolean => {
  if (settings.publicUrl.toLowerCase().startsWith("https://")) return true
  if (new URL(c.req.url).protocol === "https:") return true
  if (!settings.trustProxy) return false
  const proto =
    firstValue(c.req.header("x-forwarded-proto")) ?? forwardedParameter(c.req.header("forwarded"), "proto")
  return proto?.toLowerCase() === "https"
}

/**
 * The client's address, for per-client sign-in limits: the socket's peer, or — behind a trusted proxy —
 * the address the proxy reports (X-Forwarded-For, or for= of Forwarded).
 */
export const clientAddress = (c: HonoContext, settings: RequestOriginSettings): string => {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
    ?.socket?.remoteAddress
  if (settings.trustProxy) {
    const forwarded =
      firstValue(c.req.header("x-forwarded-for")) ?? forwardedParameter(c.req.header("forwarded"), "for")
    if (forwarded !== undefined && forwarded !== "") return forwarded
  }
  return socket ?? "local"
}
