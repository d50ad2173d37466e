import { type Accessor, createResource, createSignal, type JSX, type Resource, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import { AsyncView } from "./AsyncView.tsx"

/** One page of a list the server pages with a cursor (`nextCursor` null on the last page). */
export interface CursorPage<T> {
  readonly items: readonly T[]
  readonly nextCursor: string | null
}

export interface CursorPager<T> {
  /** The current page (a resource: use it with {@link AsyncView}). */
  readonly page: Resource<CursorPage<T>>
  /** 1-based number of the current page. */
  readonly pageNumber: Accessor<number>
  readonly hasPrevious: Accessor<boolean>
  readonly hasNext: Accessor<boolean>
  previous(): void
  next(): void
  /** Loads the current page again (e.g. after an action changed it). */
  reload(): void
  /** Back to the first page (e.g. after a filter changed). */
  reset(): void
}

/**
 * Server-side paging with a cursor: `load(undefined)` is the first page, `load(nextCursor)` the next.
 * Remembers the cursors of the pages seen, so "Previous" goes back without the server paging backwards.
 * `key` (optional) reloads from the first page whenever it changes (filters, the signed-in user).
 */
export const createCursorPager = <T,>(
  load: (cursor: string | undefined) => Promise<CursorPage<T>>,
  options: { readonly key?: Accessor<unknown> } = {}
): CursorPager<T> => {
  // The cursors of the pages seen, for the key they were seen with (a new key starts at the first page).
  const [seen, setSeen] = createSignal<{
    readonly key: unknown
    readonly stack: readonly (string | undefined)[]
  }>({
    key: options.key?.(),
    stack: [undefined]
  })
  const cursors = (): readonly (string | undefined)[] => {
    const key = options.key?.()
    const current = seen()
    return current.key === key ? current.stack : [undefined]
  }
  const setCursors = (update: (stack: readonly (string | undefined)[]) => readonly (string | undefined)[]) =>
    setSeen({ key: options.key?.(), stack: update(cursors()) })
  const source = () => {
    const stack = cursors()
    return { cursor: stack[stack.length - 1], depth: stack.length, key: options.key?.() }
  }
  const [page, { refetch }] = createResource(source, ({ cursor }) => load(cursor))
  return {
    page,
    pageNumber: () => cursors().length,
    hasPrevious: () => cursors().length > 1,
    hasNext: () => (page.error === undefined ? (page.latest?.nextCursor ?? null) !== null : false),
    previous() {
      if (cursors().length > 1) setCursors((stack) => stack.slice(0, -1))
    },
    next() {
      const nextCursor = page.latest?.nextCursor
      if (nextCursor !== null && nextCursor !== undefined) setCursors((stack) => [...stack, nextCursor])
    },
    reload() {
      void refetch()
    },
    reset() {
      setCursors(() => [undefined])
    }
  }
}

/**
 * "Previous page · Page 2 · Next page" under a paged list (hidden while there is only one page). `label`
 * names the navigation landmark, e.g. "Pages of association requests".
 */
export function PagerControls(props: {
  readonly pager: CursorPager<unknown>
  readonly label?: string
}): JSX.Element {
  const { t } = useShared()
  return (
    <Show when={props.pager.hasPrevious() || props.pager.hasNext()}>
      <nav class="pager" aria-label={props.label ?? t("pager.label")}>
        <button
          type="button"
          class="button button--secondary"
          disabled={!props.pager.hasPrevious() || props.pager.page.loading}
          onClick={() => props.pager.previous()}
        >
          {t("pager.previous")}
        </button>
        <span class="pager__page" aria-live="polite">
          {t("pager.page", { page: String(props.pager.pageNumber()) })}
        </span>
        <button
          type="button"
          class="button button--secondary"
          disabled={!props.pager.hasNext() || props.pager.page.loading}
          onClick={() => props.pager.next()}
        >
          {t("pager.next")}
        </button>
      </nav>
    </Show>
  )
}

/**
 * A pager's current page: the loading and error states (AsyncView), `empty` when the page has no items,
 * else the page itself; then the pager's controls.
 */
export function PagedView<T>(props: {
  readonly pager: CursorPager<T>
  /** Names the pager's navigation (e.g. "Audit log pages"). */
  readonly label: string
  /** What an empty page shows, e.g. an EmptyState saying what to do next. */
  readonly empty: JSX.Element
  readonly children: (page: CursorPage<T>) => JSX.Element
}): JSX.Element {
  return (
    <>
      <AsyncView
        resource={props.pager.page}
        retry={() => props.pager.reload()}
        isEmpty={(page) => page.items.length === 0}
        empty={props.empty}
      >
        {(page) => props.children(page)}
      </AsyncView>
      <PagerControls pager={props.pager} label={props.label} />
    </>
  )
}
