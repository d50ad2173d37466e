import { ApiError } from "@openpor/api-client"
import { AsyncView, formatDate, Notice, PageHeading, useSession, useShared } from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, createSignal, type JSX, Match, Show, Switch } from "solid-js"
import { RequestCard } from "../components/RequestCard.tsx"
import { useT } from "../i18n/index.ts"
import { type AssociationRequest, outcomeOf } from "../lib/requests.ts"

/**
 * The page the signed link in the consent email opens, without an account: the one request the link is
 * for, to read and to decline or accept. An expired, changed or incomplete link gets a page of its own
 * that says what happened and whom to ask — never the sign-in form.
 */
export function LinkRequest(props: { readonly token: string }): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [updated, setUpdated] = createSignal<AssociationRequest>()
  const [requests, { refetch }] = createResource(
    () => props.token,
    (token) =>
      client.GET("/api/v1/customer/requests", { params: { query: { token } } }).then((page) => page.requests)
  )
  const refused = () => {
    const error = requests.error
    if (!(error instanceof ApiError) || error.status !== 401) return undefined
    return error.code === "consent_link_expired" ? "expired" : "invalid"
  }
  const current = () => updated() ?? requests.latest?.[0]

  return (
    <Switch>
      <Match when={refused()}>
        {(why) => (
          <section class="stack link-refused">
            <PageHeading focus={false}>
              {why() === "expired" ? t("link.expiredTitle") : t("link.invalidTitle")}
            </PageHeading>
            <Notice tone="info">
              <p>{why() === "expired" ? t("link.expiredBody") : t("link.invalidBody")}</p>
            </Notice>
            <p>
              <A href="/sign-in">{t("link.signInInstead")}</A>
            </p>
          </section>
        )}
      </Match>
      <Match when={true}>
        <section class="stack">
          <PageHeading focus={false}>{t("link.title")}</PageHeading>
          <p class="muted">{t("link.intro")}</p>
          <AsyncView resource={requests} retry={refetch}>
            {() => (
              <Show when={current()}>
                {(request) => (
                  <>
                    <Decided request={request()} />
                    <RequestCard request={request()} token={props.token} onChanged={setUpdated} level={2} />
                  </>
                )}
              </Show>
            )}
          </AsyncView>
        </section>
      </Match>
    </Switch>
  )
}

/** For a link already used (or a request decided otherwise): what happened, above the request. */
function Decided(props: { readonly request: AssociationRequest }): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const outcome = () => outcomeOf(props.request)
  const date = () => {
    const at = outcome().at
    return at === null ? "" : formatDate(locale(), at)
  }
  return (
    <Switch>
      <Match when={outcome().outcome === "declined"}>
        <Notice tone="success">
          <p>{t("link.decidedDeclined", { date: date() })}</p>
        </Notice>
      </Match>
      <Match when={outcome().outcome === "accepted"}>
        <Notice tone="success">
          <p>{t("link.decidedAccepted", { date: date() })}</p>
        </Notice>
      </Match>
      <Match when={outcome().outcome !== "waiting" && outcome().outcome !== "open"}>
        <Notice tone="info">
          <p>{t("link.decidedOther", { outcome: t(`outcome.${outcome().outcome}`) })}</p>
        </Notice>
      </Match>
    </Switch>
  )
}
