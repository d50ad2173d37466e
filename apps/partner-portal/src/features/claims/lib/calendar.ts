import { useSession } from "@openpor/ui"
import { createResource } from "solid-js"
import type { BusinessCalendar } from "./business-days.ts"

/** Loads `GET /api/v1/calendar` once per page. */
export const useBusinessCalendar = () => {
  const { client } = useSession()
  const [calendar] = createResource(async (): Promise<BusinessCalendar> => {
    const answer = await client.GET("/api/v1/calendar")
    return {
      timeZone: answer.timeZone,
      now: answer.now,
      holidays: new Set(answer.holidays.map((h) => h.date))
    }
  })
  return calendar
}
