import type { ResponseOf } from "@openpor/api-client"
import { AsyncView, formatDate, Section, useLocale, useSession } from "@openpor/ui"
import { A, useNavigate } from "@solidjs/router"
import { createResource, For, type JSX } from "solid-js"
import { useT } from "./i18n.ts"

type Notification = ResponseOf<"listMyNotifications">["notifications"][number]

/**
 * The home page's notifications (SPEC §3, seed 003): each enrollment invitation of the user's locations,
 * until the user follows it to the enrollment — then it is not shown to that user again (the API keeps
 * that per user); the enrollment itself stays on the Incentives overview.
 */
export function HomeNotifications(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const [notifications, { refetch }] = createResource(
    async () => (await client.GET("/api/v1/me/notifications")).notifications
  )

  /** Opening: recorded as read for this user first (a failure does not keep them from the enrollment). */
  const open = async (event: MouseEvent, notification: Notification) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return
    event.preventDefault()
    await client
      .POST("/api/v1/me/notifications/{id}/read", { params: { path: { id: notification.id } } })
      .catch(() => undefined)
    navigate(`/incentives/${notification.enrollmentId}`)
  }

  const params = (n: Notification) => ({
    location: n.locationName,
    partnerId: n.partnerId,
    program: n.programName
  })

  return (
    <Section headingId="notifications-heading" class="stack" title={t("title")}>
      <AsyncView
        resource={notifications}
        retry={refetch}
        loadingText={t("loading")}
        errorIntro={t("loadFailed")}
        isEmpty={(list) => list.length === 0}
        empty={<p class="muted">{t("empty")}</p>}
      >
        {(list) => (
          <ul class="notification-list stack">
            <For each={list}>
              {(n) => (
                <li class="card stack stack--tight notification">
                  <p>{t("invitation", params(n))}</p>
                  <p class="muted">{t("invitedOn", { date: formatDate(locale(), n.createdAt) })}</p>
                  <p>
                    <A
                      class="button button--small"
                      href={`/incentives/${n.enrollmentId}`}
                      aria-label={t("openLabel", params(n))}
                      onClick={(event) => void open(event, n)}
                    >
                      {t("open")}
                    </A>
                  </p>
                </li>
              )}
            </For>
          </ul>
        )}
      </AsyncView>
      <p>
        <A href="/incentives">{t("overview")}</A>
      </p>
    </Section>
  )
}
