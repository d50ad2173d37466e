import { ApiError, SUBSCRIBABLE_WEBHOOK_EVENT_TYPES } from "@openpor/api-client"
import { createRenderEffect, createUniqueId, For, type JSX, Show } from "solid-js"
import { type ApiForm, createApiForm } from "../forms/api-form.tsx"
import { FormAlert, SubmitButton, TextField } from "../forms/fields.tsx"
import { useT } from "./i18n.ts"
import { eventKey, joinEventTypes, type SubscribableWebhookEventType, splitEventTypes } from "./model.ts"

export interface EndpointValues extends Record<string, string> {
  readonly url: string
  readonly description: string
  /** The chosen event types, comma-separated. */
  readonly eventTypes: string
}

/** What the form sends: the URL and description as typed (trimmed), the chosen event types. */
export interface EndpointInput {
  readonly url: string
  readonly description: string | null
  readonly eventTypes: SubscribableWebhookEventType[]
}

/**
 * The form of an endpoint (add and edit): URL, description and events; no event chosen is said next to the
 * events before anything is sent, the API's refusals (e.g. 422 webhook_url_not_allowed) next to their field.
 */
export const createEndpointForm = <R,>(options: {
  readonly initial: EndpointValues
  readonly submit: (input: EndpointInput) => Promise<R>
  readonly onSuccess: (result: R) => void
}): ApiForm<EndpointValues> => {
  const t = useT()
  return createApiForm<EndpointValues, R>({
    initial: options.initial,
    required: ["url"],
    translate: (problem, field) => {
      if (problem.code === "webhook_url_not_allowed") return t("errors.webhook_url_not_allowed")
      if (problem.code === "version_conflict") return t("errors.version_conflict")
      if (field === "url") return t("errors.url")
      if (field === "eventTypes") return t("errors.events")
      if (field === "description") return t("errors.description")
      return undefined
    },
    submit: (values) => {
      const eventTypes = splitEventTypes(values.eventTypes)
      if (eventTypes.length === 0)
        return Promise.reject(new ApiError(400, "missing_field", "eventTypes", { field: "eventTypes" }))
      const description = values.description.trim()
      return options.submit({
        url: values.url.trim(),
        description: description === "" ? null : description,
        eventTypes
      })
    },
    onSuccess: (result) => options.onSuccess(result)
  })
}

/** The fields and buttons of an endpoint form. */
export function EndpointForm(props: {
  readonly form: ApiForm<EndpointValues>
  readonly heading: string
  readonly submitLabel: string
  readonly onCancel: () => void
}): JSX.Element {
  const t = useT()
  return (
    <form
      class="card stack webhook-form"
      novalidate
      aria-label={props.heading}
      onSubmit={(event) => void props.form.submit(event)}
    >
      <h2>{props.heading}</h2>
      <FormAlert form={props.form} />
      <TextField
        form={props.form}
        name="url"
        type="url"
        inputmode="url"
        autocomplete="off"
        spellcheck={false}
        label={t("form.url")}
        hint={t("form.urlHint")}
      />
      <TextField
        form={props.form}
        name="description"
        label={t("form.description")}
        hint={t("form.descriptionHint")}
        optional
        maxLength={500}
      />
      <EventTypesField form={props.form} />
      <div class="actions">
        <SubmitButton form={props.form} label={props.submitLabel} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  )
}

/**
 * The events to send: one checkbox per event type with its name and what it means, and "Select all events"
 * (checked when all are, mixed when some are); the message about the field under the group.
 */
function EventTypesField(props: { readonly form: ApiForm<EndpointValues> }): JSX.Element {
  const t = useT()
  const id = createUniqueId()
  const chosen = () => new Set<string>(splitEventTypes(props.form.value("eventTypes")))
  const allChosen = () => chosen().size === SUBSCRIBABLE_WEBHOOK_EVENT_TYPES.length
  const invalid = () => props.form.error("eventTypes") !== undefined
  const toggle = (type: SubscribableWebhookEventType, on: boolean) => {
    const next = new Set(chosen())
    if (on) next.add(type)
    else next.delete(type)
    props.form.set(
      "eventTypes",
      joinEventTypes(SUBSCRIBABLE_WEBHOOK_EVENT_TYPES.filter((each) => next.has(each)))
    )
  }
  return (
    <fieldset
      class="field webhook-events"
      classList={{ "field--invalid": invalid() }}
      aria-describedby={invalid() ? `${id}-hint ${props.form.errorId("eventTypes")}` : `${id}-hint`}
    >
      <legend>{t("form.events")}</legend>
      <p class="field__hint" id={`${id}-hint`}>
        {t("form.eventsHint")}
      </p>
      <label class="webhook-event webhook-event--all">
        <input
          id={props.form.fieldId("eventTypes")}
          type="checkbox"
          checked={allChosen()}
          ref={(input) => {
            createRenderEffect(() => {
              input.indeterminate = !allChosen() && chosen().size > 0
            })
          }}
          disabled={props.form.pending()}
          onChange={(event) =>
            props.form.set(
              "eventTypes",
              event.currentTarget.checked ? joinEventTypes(SUBSCRIBABLE_WEBHOOK_EVENT_TYPES) : ""
            )
          }
        />
        <span>{t("form.selectAll")}</span>
      </label>
      <For each={SUBSCRIBABLE_WEBHOOK_EVENT_TYPES}>
        {(type) => (
          <label class="webhook-event">
            <input
              type="checkbox"
              value={type}
              checked={chosen().has(type)}
              aria-describedby={`${id}-${eventKey(type)}`}
              aria-invalid={invalid()}
              disabled={props.form.pending()}
              onChange={(event) => toggle(type, event.currentTarget.checked)}
            />
            <span class="webhook-tight">
              <span class="webhook-event__name">{t(`events.${eventKey(type)}.label`)}</span>
              <span class="field__hint" id={`${id}-${eventKey(type)}`}>
                {t(`events.${eventKey(type)}.description`)} <code>{type}</code>
              </span>
            </span>
          </label>
        )}
      </For>
      <Show when={props.form.error("eventTypes")}>
        {(message) => (
          <p class="field__error" id={props.form.errorId("eventTypes")}>
            {message()}
          </p>
        )}
      </Show>
    </fieldset>
  )
}
