import type { ResponseOf } from "@openpor/api-client"
import { useSession } from "../session.tsx"
import { createOlderEntries, type OlderEntries } from "./older-entries.tsx"

/** A claim's comment as its view embeds it and `GET /claims/{id}/comments` lists it. */
export type ClaimComment = ResponseOf<"listClaimComments">["comments"][number]
/** A claim's history entry as its view embeds it and `GET /claims/{id}/history` lists it (no id). */
export type ClaimHistoryEntry = ResponseOf<"listClaimHistory">["history"][number]

/** What the claim's thread needs of a claim view (`GET /claims/{id}` and the claims a write answers). */
interface ClaimThreadView {
  readonly id: string
  readonly comments: readonly ClaimComment[]
  readonly hasOlderComments: boolean
  readonly history: readonly ClaimHistoryEntry[]
  readonly hasOlderHistory: boolean
}

const query = (page: { readonly before: string | undefined; readonly limit: number }) => ({
  limit: String(page.limit),
  ...(page.before === undefined ? {} : { before: page.before })
})

/** A claim's comments: the newest ones its view embeds, older ones on request (a comment is known by its id). */
export const createClaimComments = (claim: () => ClaimThreadView): OlderEntries<ClaimComment> => {
  const { client } = useSession()
  return createOlderEntries({
    owner: () => claim().id,
    embedded: () => claim().comments,
    hasOlder: () => claim().hasOlderComments,
    key: (comment) => comment.id,
    load: (page) =>
      client
        .GET("/api/v1/claims/{id}/comments", { params: { path: { id: claim().id }, query: query(page) } })
        .then((answer) => ({ items: answer.comments, nextCursor: answer.nextCursor }))
  })
}

/** A history entry's identity: entries carry no id, so their time, action and status change. */
export const historyKey = (entry: ClaimHistoryEntry): string =>
  JSON.stringify([entry.at, entry.action, entry.from, entry.to])

/** A claim's history: the newest entries its view embeds, older ones on request. */
export const createClaimHistory = (claim: () => ClaimThreadView): OlderEntries<ClaimHistoryEntry> => {
  const { client } = useSession()
  return createOlderEntries({
    owner: () => claim().id,
    embedded: () => claim().history,
    hasOlder: () => claim().hasOlderHistory,
    key: historyKey,
    load: (page) =>
      client
        .GET("/api/v1/claims/{id}/history", { params: { path: { id: claim().id }, query: query(page) } })
        .then((answer) => ({ items: answer.history, nextCursor: answer.nextCursor }))
  })
}
