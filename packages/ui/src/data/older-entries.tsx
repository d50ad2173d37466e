import { type Accessor, createEffect, createSignal, type JSX, on, Show } from "solid-js"
import { errorText } from "../components/Notice.tsx"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import type { CursorPage } from "./pager.tsx"

/**
 * A thread the API embeds only partly (a claim's newest 50 comments or history entries, oldest first, and
 * whether there are older ones) and lists in full through a paged endpoint (newest first, `nextCursor`
 * continuing with older ones), with the older entries loaded on request.
 */
export interface OlderEntries<T> {
  /** What to show: the older entries loaded, then the embedded ones; oldest first, without duplicates. */
  readonly entries: Accessor<readonly T[]>
  /** Whether older entries remain to be loaded (what the "show older" button is offered for). */
  readonly more: Accessor<boolean>
  readonly loading: Accessor<boolean>
  /** The last load's error (cleared by the next attempt). */
  readonly error: Accessor<unknown>
  /** How many entries the last load added (for the announcement). */
  readonly added: Accessor<number>
  /** Loads the next page of older entries (ignored while loading or when there are none). */
  loadOlder(): Promise<void>
}

export interface OlderEntriesOptions<T> {
  /** Whose thread this is (a claim's id): a new owner starts afresh. */
  readonly owner: Accessor<string>
  /** The entries embedded in the view, oldest first (may grow, e.g. by a comment just sent). */
  readonly embedded: Accessor<readonly T[]>
  /** Whether the view says older entries exist beyond the embedded ones. */
  readonly hasOlder: Accessor<boolean>
  /** Identifies an entry (a comment's id; a history entry's time, action and statuses). */
  readonly key: (entry: T) => string
  /** One page, newest first: `before` undefined for the newest entries, else a previous page's cursor. */
  readonly load: (page: {
    readonly before: string | undefined
    readonly limit: number
  }) => Promise<CursorPage<T>>
  /** Entries per page of older ones (default 50). */
  readonly pageSize?: number
}

/** How many entries of `list` are matched by one of `other` with the same key (each matched once). */
const matchedBy =
  <T,>(key: (entry: T) => string) =>
  (list: readonly T[], other: readonly T[]): number => {
    const counts = new Map<string, number>()
    for (const entry of other) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1)
    let matched = 0
    for (const entry of list) {
      const left = counts.get(key(entry)) ?? 0
      if (left > 0) {
        counts.set(key(entry), left - 1)
        matched++
      }
    }
    return matched
  }

/** The API's largest page. */
const MAX_LIMIT = 200

/**
 * Older entries on request. The first request reads from the newest entry until it has passed the oldest
 * embedded one (one request of `embedded + pageSize` entries unless many were added meanwhile): entries
 * carry no cursor of their own, so the client starts where the server's pages start. Later requests
 * continue with `nextCursor`, so no entry is shown twice (history entries carry no id and two may share a key:
 * the anchor is the how-many-th entry with its key). When the view is replaced by a newer one embedding
 * newer entries, the old ones it no longer embeds join the loaded ones, so nothing goes missing between them.
 */
export const createOlderEntries = <T,>(options: OlderEntriesOptions<T>): OlderEntries<T> => {
  const pageSize = options.pageSize ?? 50
  const matched = matchedBy(options.key)
  // Older entries loaded (oldest first); the cursor to continue with (undefined: nothing loaded yet).
  const [older, setOlder] = createSignal<readonly T[]>([])
  const [cursor, setCursor] = createSignal<string | null | undefined>(undefined)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<unknown>()
  const [added, setAdded] = createSignal(0)

  createEffect(
    on(options.owner, (owner, previous) => {
      // Runs whenever the view is replaced: only another owner starts afresh.
      if (previous === undefined || owner === previous) return
      setOlder([])
      setCursor(undefined)
      setLoading(false)
      setError(undefined)
      setAdded(0)
    })
  )
  // A newer view of the same thread embeds newer entries and drops its oldest ones: those join the loaded ones.
  createEffect(
    on(
      () => [options.owner(), options.embedded()] as const,
      ([owner, next], previous) => {
        if (previous === undefined || previous[0] !== owner || cursor() === undefined) return
        const unmatched = previous[1].length - matched(previous[1], next)
        if (unmatched > 0) setOlder((list) => [...list, ...previous[1].slice(0, unmatched)])
      }
    )
  )

  // The loaded entries are all older than the embedded ones (by how they were read): no entry twice.
  const entries = () => [...older(), ...options.embedded()]
  const more = () => (cursor() === undefined ? options.hasOlder() : cursor() !== null)

  /**
   * The first time: from the newest entry until past the oldest embedded one (the how-many-th entry with its
   * key: history entries may share one), then the rest of that page, at least one older entry if any.
   */
  const firstOlder = async (): Promise<{ readonly items: T[]; readonly nextCursor: string | null }> => {
    const embedded = options.embedded()
    const oldest = embedded[0]
    const anchor = oldest === undefined ? undefined : options.key(oldest)
    let remaining = embedded.filter((entry) => options.key(entry) === anchor).length
    const items: T[] = []
    let before: string | undefined
    let limit = Math.min(MAX_LIMIT, embedded.length + pageSize)
    for (;;) {
      const page = await options.load({ before, limit })
      for (const entry of page.items) {
        if (remaining === 0) items.push(entry)
        else if (options.key(entry) === anchor) remaining--
      }
      if (page.nextCursor === null || (remaining === 0 && items.length > 0))
        return { items, nextCursor: page.nextCursor }
      before = page.nextCursor
      limit = remaining === 0 ? pageSize : MAX_LIMIT
    }
  }

  const loadOlder = async () => {
    if (loading() || !more()) return
    const owner = options.owner()
    const current = cursor()
    setLoading(true)
    setError(undefined)
    try {
      const page =
        current === undefined || current === null
          ? await firstOlder()
          : await options.load({ before: current, limit: pageSize })
      if (options.owner() !== owner) return
      setOlder((list) => [...[...page.items].reverse(), ...list])
      setCursor(page.nextCursor)
      setAdded(page.items.length)
    } catch (cause) {
      if (options.owner() === owner) setError(cause)
    } finally {
      if (options.owner() === owner) setLoading(false)
    }
  }

  return { entries, more, loading, error, added, loadOlder }
}

export interface OlderEntriesButtonProps {
  readonly older: OlderEntries<unknown>
  /** The button, e.g. "Show older comments". */
  readonly label: string
  /** While loading, e.g. "Loading older comments…". */
  readonly loadingLabel: string
  /** In front of the reason of a failed load, e.g. "The older comments could not be loaded." */
  readonly errorIntro: string
  /** Announced once loaded, e.g. "50 older comments shown". */
  readonly loaded: (count: number) => string
  /**
   * The list the entries are shown in and where the loaded ones go (default "start"; "end" for a list shown
   * newest first). When no older entries remain the button goes, and focus moves to the first entry loaded.
   */
  readonly list: Accessor<HTMLElement | undefined>
  readonly at?: "start" | "end"
}

/**
 * The "show older" button of an {@link OlderEntries} thread, offered while older entries remain: busy while
 * loading (it keeps focus), the reason next to it when loading failed (pressing it again retries), the
 * number of entries loaded announced politely.
 */
export function OlderEntriesButton(props: OlderEntriesButtonProps): JSX.Element {
  const { t } = useShared()
  const [announcement, setAnnouncement] = createSignal("")
  let button: HTMLButtonElement | undefined
  const press = async () => {
    if (props.older.loading()) return
    const list = props.list()
    const before = list?.children.length ?? 0
    const hadFocus = button !== undefined && document.activeElement === button
    await props.older.loadOlder()
    if (props.older.error() !== undefined) return
    // Emptied first, so that the same text ("50 older comments shown") is announced again.
    setAnnouncement("")
    const text = props.loaded(props.older.added())
    setTimeout(() => setAnnouncement(text), 100)
    if (hadFocus && !props.older.more() && list !== undefined && props.older.added() > 0) {
      // The button is gone: focus the first entry loaded, where reading continues.
      const first = list.children[props.at === "end" ? before : 0]
      if (first instanceof HTMLElement) {
        first.tabIndex = -1
        first.focus()
      }
    }
  }
  return (
    <>
      <Show when={props.older.more() || props.older.error() !== undefined}>
        <div class="actions older-entries" classList={{ "older-entries--end": props.at === "end" }}>
          <Show when={props.older.more()}>
            <button
              ref={button}
              type="button"
              class="button button--secondary"
              aria-disabled={props.older.loading()}
              aria-busy={props.older.loading()}
              onClick={() => void press()}
            >
              {props.older.loading() ? props.loadingLabel : props.label}
            </button>
          </Show>
          <Show when={props.older.error()}>
            {(cause) => (
              <p class="field__error" role="alert">
                {props.errorIntro} {errorText(t, describeError(cause()))}
              </p>
            )}
          </Show>
        </div>
      </Show>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </>
  )
}
