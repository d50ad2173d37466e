import type { Tone } from "../components/StatusTag.tsx"
import { useShared } from "../i18n/context.tsx"
import { formatDateTime } from "../i18n/format.ts"
import { useT } from "./i18n.ts"
import { eventKey, type WebhookEndpoint, type WebhookEventType } from "./model.ts"

const withSeconds = new Map<string, Intl.DateTimeFormat>()

/** An instant with seconds (deliveries and attempts often come within the same minute). */
const preciseTime = (locale: string, iso: string): string => {
  let format = withSeconds.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" })
    withSeconds.set(locale, format)
  }
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : format.format(date)
}

/** The webhook screens' texts: the translator, event names, an endpoint's status and times in the user's language. */
export const useWebhookText = () => {
  const t = useT()
  const { locale } = useShared()
  const time = (iso: string) => formatDateTime(locale(), iso)
  return {
    t,
    time,
    /** With seconds, for deliveries and their attempts. */
    preciseTime: (iso: string) => preciseTime(locale(), iso),
    eventLabel: (type: WebhookEventType): string => t(`events.${eventKey(type)}.label`),
    /** Enabled, enabled but failing since …, disabled, or disabled after failing since …. */
    status: (endpoint: WebhookEndpoint): { readonly text: string; readonly tone: Tone } => {
      const since = endpoint.failingSince
      if (endpoint.enabled)
        return since === null
          ? { text: t("status.enabled"), tone: "success" }
          : { text: t("status.enabledFailing", { date: time(since) }), tone: "warning" }
      return since === null
        ? { text: t("status.disabled"), tone: "neutral" }
        : { text: t("status.failingSince", { date: time(since) }), tone: "danger" }
    }
  }
}
