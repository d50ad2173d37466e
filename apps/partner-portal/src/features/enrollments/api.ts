import type { ApiClient, ResponseOf } from "@openpor/api-client"

export type EnrollmentView = ResponseOf<"getEnrollment">
export type Program = ResponseOf<"listPrograms">["programs"][number]

/** Every enrollment of the user's locations (the API pages them; a partner has a few dozen at most). */
export const loadAllEnrollments = async (client: ApiClient): Promise<EnrollmentView[]> => {
  const all: EnrollmentView[] = []
  let after: string | undefined
  for (let page = 0; page < 50; page++) {
    const answer = await client.GET("/api/v1/enrollments", {
      params: { query: { limit: "100", ...(after === undefined ? {} : { after }) } }
    })
    all.push(...answer.enrollments)
    if (answer.nextCursor === null) break
    after = answer.nextCursor
  }
  return all
}

/** The states shown by tone: colour repeats what the text says. */
export const stateTone = (state: string): "neutral" | "info" | "success" | "warning" | "danger" => {
  switch (state) {
    case "enrolled":
      return "success"
    case "action_required":
      return "danger"
    case "invited":
    case "validating":
    case "enrolling":
      return "info"
    case "inactive":
      return "warning"
    default:
      return "neutral"
  }
}
