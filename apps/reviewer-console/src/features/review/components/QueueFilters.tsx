import { For, type JSX, Show } from "solid-js"
import { type QueueFilters as Filters, hasFilters } from "../lib/filters.ts"
import { useLabels, useReviewT } from "../lib/i18n.ts"
import { type Program, QUEUE_STATUSES, SOLUTION_AREAS } from "../lib/types.ts"

/** The queue's filters (status, program, solution area, competing, overdue, mine); the page keeps them in the URL. */
export function QueueFilters(props: {
  readonly filters: Filters
  readonly programs: readonly Program[]
  readonly onChange: (change: Partial<Filters>) => void
  readonly onClear: () => void
}): JSX.Element {
  const t = useReviewT()
  const labels = useLabels()
  const filters = () => props.filters
  const setFilter = (change: Partial<Filters>) => props.onChange(change)
  const clearFilters = () => props.onClear()
  return (
    <form class="queue-filters" aria-label={t("queue.filters")} onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        id="filter-status"
        label={t("queue.status")}
        any={t("queue.anyStatus")}
        value={filters().status}
        options={QUEUE_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
        onChange={(status) => setFilter({ status: status as Filters["status"] })}
      />
      <FilterSelect
        id="filter-program"
        label={t("queue.program")}
        any={t("queue.anyProgram")}
        value={filters().program}
        options={[
          ...props.programs.map((p) => ({ value: p.id, label: p.name })),
          // A program from the URL that is not (or no longer) in the catalog stays selectable.
          ...(filters().program !== undefined && !props.programs.some((p) => p.id === filters().program)
            ? [{ value: filters().program!, label: filters().program! }]
            : [])
        ]}
        onChange={(program) => setFilter({ program })}
      />
      <FilterSelect
        id="filter-area"
        label={t("queue.solutionArea")}
        any={t("queue.anyArea")}
        value={filters().area}
        options={SOLUTION_AREAS.map((a) => ({ value: a, label: labels.area(a) }))}
        onChange={(area) => setFilter({ area: area as Filters["area"] })}
      />
      <div class="queue-filters__checks">
        <FilterCheck
          label={t("queue.competing")}
          checked={filters().competing}
          onChange={(competing) => setFilter({ competing })}
        />
        <FilterCheck
          label={t("queue.overdueOnly")}
          checked={filters().overdue}
          onChange={(overdue) => setFilter({ overdue })}
        />
        <FilterCheck
          label={t("queue.mine")}
          checked={filters().mine}
          onChange={(mine) => setFilter({ mine })}
        />
        <FilterCheck
          label={t("queue.answeredOnly")}
          checked={filters().answered}
          onChange={(answered) => setFilter({ answered })}
        />
      </div>
      <Show when={hasFilters(filters())}>
        <button type="button" class="button button--secondary button--small" onClick={clearFilters}>
          {t("queue.clearFilters")}
        </button>
      </Show>
    </form>
  )
}

/** One filter's select: "any" (no filter, `undefined`) first, then its options. */
function FilterSelect(props: {
  readonly id: string
  readonly label: string
  readonly any: string
  readonly value: string | undefined
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly onChange: (value: string | undefined) => void
}): JSX.Element {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      >
        <option value="">{props.any}</option>
        <For each={props.options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </div>
  )
}

/** One on/off filter. */
function FilterCheck(props: {
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}): JSX.Element {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  )
}
