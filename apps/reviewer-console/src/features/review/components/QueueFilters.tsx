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
      <div class="field">
        <label for="filter-status">{t("queue.status")}</label>
        <select
          id="filter-status"
          value={filters().status ?? ""}
          onChange={(e) => setFilter({ status: (e.currentTarget.value || undefined) as Filters["status"] })}
        >
          <option value="">{t("queue.anyStatus")}</option>
          <For each={QUEUE_STATUSES}>{(s) => <option value={s}>{labels.status(s)}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="filter-program">{t("queue.program")}</label>
        <select
          id="filter-program"
          value={filters().program ?? ""}
          onChange={(e) => setFilter({ program: e.currentTarget.value || undefined })}
        >
          <option value="">{t("queue.anyProgram")}</option>
          <For each={props.programs}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          <Show
            when={filters().program !== undefined && !props.programs.some((p) => p.id === filters().program)}
          >
            <option value={filters().program}>{filters().program}</option>
          </Show>
        </select>
      </div>
      <div class="field">
        <label for="filter-area">{t("queue.solutionArea")}</label>
        <select
          id="filter-area"
          value={filters().area ?? ""}
          onChange={(e) => setFilter({ area: (e.currentTarget.value || undefined) as Filters["area"] })}
        >
          <option value="">{t("queue.anyArea")}</option>
          <For each={SOLUTION_AREAS}>{(a) => <option value={a}>{labels.area(a)}</option>}</For>
        </select>
      </div>
      <div class="queue-filters__checks">
        <label class="check">
          <input
            type="checkbox"
            checked={filters().competing}
            onChange={(e) => setFilter({ competing: e.currentTarget.checked })}
          />
          {t("queue.competing")}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={filters().overdue}
            onChange={(e) => setFilter({ overdue: e.currentTarget.checked })}
          />
          {t("queue.overdueOnly")}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={filters().mine}
            onChange={(e) => setFilter({ mine: e.currentTarget.checked })}
          />
          {t("queue.mine")}
        </label>
      </div>
      <Show when={hasFilters(filters())}>
        <button type="button" class="button button--secondary button--small" onClick={clearFilters}>
          {t("queue.clearFilters")}
        </button>
      </Show>
    </form>
  )
}
