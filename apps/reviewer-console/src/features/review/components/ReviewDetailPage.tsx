import { AsyncView } from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createResource, type JSX, Show } from "solid-js"
import { useReviewT } from "../lib/i18n.ts"

/** What the view of one item under review gets: the item, and how to reload it or replace it with a newer one. */
export interface ReviewItemProps<T> {
  readonly item: T
  readonly reload: () => void
  readonly replace: (item: T) => void
}

/**
 * The frame of one item under review (a claim, a case) at `/…/:id`: the link back to the queue, then the item
 * once loaded. Loaded once, the page stays mounted while the item is replaced (focus stays where it is); until
 * then (or on an error) the loading and error states with a retry.
 */
export function ReviewDetailPage<T>(props: {
  readonly load: (id: string) => Promise<T>
  readonly loadingText: string
  readonly wide?: boolean
  /** Renders the item (its `item` prop follows a replaced item). */
  readonly view: (props: ReviewItemProps<T>) => JSX.Element
}): JSX.Element {
  const params = useParams<{ id: string }>()
  const t = useReviewT()
  const [item, { refetch, mutate }] = createResource(() => params.id, props.load)
  return (
    <div class="page review-page" classList={{ "review-page--wide": props.wide === true }}>
      <p>
        <A href="/queue" class="back-link">
          {t("claim.backToQueue")}
        </A>
      </p>
      <Show
        when={item.error === undefined ? item.latest : undefined}
        fallback={
          <AsyncView resource={item} retry={refetch} loadingText={props.loadingText}>
            {() => null}
          </AsyncView>
        }
      >
        {(value) => {
          const View = props.view
          return <View item={value()} reload={() => void refetch()} replace={(next) => mutate(() => next)} />
        }}
      </Show>
    </div>
  )
}
