import { QUEUE_STATUSES, type QueueStatus, SOLUTION_AREAS, type SolutionArea } from "./types.ts"

/** The queue's filters, as kept in the URL (`?status=submitted&overdue=1`). */
export interface QueueFilters {
  readonly status?: QueueStatus | undefined
  readonly program?: string | undefined
  readonly area?: SolutionArea | undefined
  readonly competing: boolean
  readonly overdue: boolean
  readonly mine: boolean
  /** Only claims whose partner answered the reviewer's last comment or notice (SPEC §6). */
  readonly answered: boolean
}

type Params = Readonly<Record<string, string | string[] | undefined>>

const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const flag = (value: string | string[] | undefined) => {
  const v = one(value)
  return v === "1" || v === "true"
}

/** Reads the filters from the URL's search parameters; anything unknown is ignored. */
export const parseFilters = (params: Params): QueueFilters => {
  const status = one(params.status)
  const area = one(params.area)
  const program = one(params.program)
  return {
    status: QUEUE_STATUSES.find((s) => s === status),
    program: program === undefined || program === "" ? undefined : program,
    area: SOLUTION_AREAS.find((a) => a === area),
    competing: flag(params.competing),
    overdue: flag(params.overdue),
    mine: flag(params.mine),
    answered: flag(params.answered)
  }
}

/** The search parameters that represent `filters` (unset ones removed). */
export const filterParams = (filters: QueueFilters): Record<string, string | undefined> => ({
  status: filters.status,
  program: filters.program,
  area: filters.area,
  competing: filters.competing ? "1" : undefined,
  overdue: filters.overdue ? "1" : undefined,
  mine: filters.mine ? "1" : undefined,
  answered: filters.answered ? "1" : undefined
})

/** The API query of `GET /api/v1/review/queue` for `filters`. */
export const queueQuery = (filters: QueueFilters) => ({
  ...(filters.status === undefined ? {} : { status: filters.status }),
  ...(filters.program === undefined ? {} : { programId: filters.program }),
  ...(filters.area === undefined ? {} : { solutionArea: filters.area }),
  ...(filters.competing ? { competing: "true" as const } : {}),
  ...(filters.overdue ? { overdue: "true" as const } : {}),
  ...(filters.mine ? { assignedReviewer: "me" } : {}),
  ...(filters.answered ? { answered: "true" as const } : {})
})

export const hasFilters = (filters: QueueFilters) =>
  filters.status !== undefined ||
  filters.program !== undefined ||
  filters.area !== undefined ||
  filters.competing ||
  filters.overdue ||
  filters.mine ||
  filters.answered
