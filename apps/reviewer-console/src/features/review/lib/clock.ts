import { useSession } from "@openpor/ui"
import { type Accessor, createResource } from "solid-js"

/**
 * The business clock's "now" (the server's, which a test clock may have moved), so "Deadline passed" agrees
 * with the API; the browser's clock until it has loaded.
 */
export const useBusinessNow = (): Accessor<Date | undefined> => {
  const { client } = useSession()
  const [calendar] = createResource(() => client.GET("/api/v1/calendar"))
  return () => {
    const now = calendar.error === undefined ? calendar.latest?.now : undefined
    return now === undefined ? undefined : new Date(now)
  }
}
