import { useTranslator } from "@openpor/ui"
import { createSignal, For, type JSX, Show } from "solid-js"
import { messages } from "./messages.ts"

/** Translator for the download links. */
export const useExportT = () => useTranslator(messages)

/**
 * An export's address with the given filters (empty ones left out). The download is a plain link: the
 * browser streams the file from the API with the session cookie (GET needs no CSRF header).
 */
export const exportHref = (path: string, query: Record<string, string | undefined>): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== "") search.set(name, value)
  const text = search.toString()
  return `/api/v1/exports/${path}${text === "" ? "" : `?${text}`}`
}

/** The claims list's "Export CSV": the claims of the list's current filters. */
export function ClaimsExportLink(props: {
  readonly status?: string | undefined
  readonly q?: string | undefined
}): JSX.Element {
  const t = useExportT()
  return (
    <p class="export-links">
      <a
        class="button button--secondary"
        href={exportHref("claims.csv", { status: props.status, q: props.q })}
        download=""
        aria-describedby="claims-export-hint"
      >
        {t("claimsCsv")}
      </a>{" "}
      <span id="claims-export-hint" class="muted">
        {t("claimsCsvHint")}
      </span>
    </p>
  )
}

const INCENTIVES = ["deploy", "manage", "accelerator", "usage"] as const

/**
 * Downloads of the attribution page: the organization's associations, and the attribution timelines of
 * the subscriptions typed in (one per line or comma-separated) for an incentive.
 */
export function AttributionExports(props: {
  readonly incentiveLabel: (code: (typeof INCENTIVES)[number]) => string
  readonly initialSubscription?: string | undefined
}): JSX.Element {
  const t = useExportT()
  const [ids, setIds] = createSignal(props.initialSubscription ?? "")
  const [incentive, setIncentive] = createSignal<string>("deploy")
  const list = () =>
    ids()
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter((s) => s !== "")
  return (
    <section class="card stack" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t("heading")}</h2>
      <p>
        <a
          class="button button--secondary"
          href={exportHref("associations.csv", {})}
          download=""
          aria-describedby="associations-export-hint"
        >
          {t("associationsCsv")}
        </a>{" "}
        <span id="associations-export-hint" class="muted">
          {t("associationsHint")}
        </span>
      </p>
      <fieldset class="option-group stack">
        <legend>{t("timelinesLegend")}</legend>
        <div class="field">
          <label for="export-subscriptions">{t("subscriptionIds")}</label>
          <textarea
            id="export-subscriptions"
            rows={3}
            spellcheck={false}
            aria-describedby="export-subscriptions-hint"
            value={ids()}
            onInput={(event) => setIds(event.currentTarget.value)}
          />
          <p id="export-subscriptions-hint" class="field__hint">
            {t("subscriptionIdsHint")}
          </p>
        </div>
        <fieldset class="option-group">
          <legend>{t("incentive")}</legend>
          <For each={INCENTIVES}>
            {(code) => (
              <label class="option">
                <input
                  type="radio"
                  name="export-incentive"
                  value={code}
                  checked={incentive() === code}
                  onChange={() => setIncentive(code)}
                />
                <span>{props.incentiveLabel(code)}</span>
              </label>
            )}
          </For>
        </fieldset>
        <Show
          when={list().length > 0}
          fallback={
            <p class="muted" role="status">
              {t("timelinesNeedIds")}
            </p>
          }
        >
          <p>
            <a
              class="button button--secondary"
              href={exportHref("attribution-timelines.csv", {
                subscriptionIds: list().join(","),
                incentive: incentive()
              })}
              download=""
            >
              {t("timelinesCsv")}
            </a>
          </p>
        </Show>
      </fieldset>
    </section>
  )
}
