import { Section } from "@openpor/ui"
import { type Accessor, createSignal, For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"

/** One statement a partner confirms at submission (SPEC §5), as the operator edits it. */
export interface AcknowledgementRow {
  readonly key: number
  readonly id: string
  readonly text: string
}

/** What the API accepts as a statement's id. */
const ID = /^[a-z][a-z0-9_]{1,63}$/

/** The statements of a program being edited: the rows, and the body's `acknowledgements` from them. */
export const createAcknowledgements = (
  initial: ReadonlyArray<{ readonly id: string; readonly text: string }>
) => {
  let nextKey = 0
  const [rows, setRows] = createSignal<readonly AcknowledgementRow[]>(
    initial.map((a) => ({ key: nextKey++, id: a.id, text: a.text }))
  )
  return {
    rows,
    update: (key: number, change: Partial<AcknowledgementRow>) =>
      setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row))),
    add: () => setRows((all) => [...all, { key: nextKey++, id: "", text: "" }]),
    remove: (key: number) => setRows((all) => all.filter((row) => row.key !== key)),
    /** The statements as the API takes them (trimmed); undefined when one lacks a valid id or a text. */
    body: () => {
      const statements = rows().map((row) => ({ id: row.id.trim(), text: row.text.trim() }))
      return statements.every((s) => ID.test(s.id) && s.text !== "") ? statements : undefined
    }
  }
}

/**
 * The program's statements to acknowledge at submission (operator): an id and a text each, added,
 * changed, removed or all removed (then partners submit without acknowledging anything). The form's
 * message for them is shown above the rows.
 */
export function AcknowledgementsEditor(props: {
  readonly statements: ReturnType<typeof createAcknowledgements>
  readonly creating: boolean
  readonly pending: boolean
  readonly error: Accessor<string | undefined>
  readonly errorId: string
}): JSX.Element {
  const t = useT()
  return (
    <Section headingId="program-acknowledgements" title={t("programs.acknowledgements")} class="stack">
      <p class="field__hint">{t("programs.acknowledgementsHint")}</p>
      <Show when={props.creating}>
        <p class="field__hint">{t("programs.acknowledgementsNewHint")}</p>
      </Show>
      <Show when={props.error()}>
        {(message) => (
          <p class="field__error" id={props.errorId}>
            {message()}
          </p>
        )}
      </Show>
      <Show
        when={props.statements.rows().length > 0}
        fallback={
          <Show when={!props.creating}>
            <p>{t("programs.noAcknowledgements")}</p>
          </Show>
        }
      >
        <ol class="stack ops-plain-list">
          <For each={props.statements.rows()}>
            {(row, index) => (
              <li class="ops-requirement">
                <div class="field">
                  <label for={`acknowledgement-id-${row.key}`}>
                    {t("programs.acknowledgementId")} {index() + 1}
                  </label>
                  <input
                    id={`acknowledgement-id-${row.key}`}
                    value={row.id}
                    readOnly={props.pending}
                    spellcheck={false}
                    maxLength={64}
                    aria-describedby={`acknowledgement-id-hint-${row.key}`}
                    onInput={(event) => props.statements.update(row.key, { id: event.currentTarget.value })}
                  />
                  <p class="field__hint" id={`acknowledgement-id-hint-${row.key}`}>
                    {t("programs.acknowledgementIdHint")}
                  </p>
                </div>
                <div class="field">
                  <label for={`acknowledgement-text-${row.key}`}>
                    {t("programs.acknowledgementText")} {index() + 1}
                  </label>
                  <textarea
                    id={`acknowledgement-text-${row.key}`}
                    value={row.text}
                    readOnly={props.pending}
                    rows={2}
                    maxLength={1000}
                    onInput={(event) => props.statements.update(row.key, { text: event.currentTarget.value })}
                  />
                </div>
                <div>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => props.statements.remove(row.key)}
                  >
                    {t("programs.removeAcknowledgement", { number: String(index() + 1) })}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <div>
        <button type="button" class="button button--secondary" onClick={() => props.statements.add()}>
          {t("programs.addAcknowledgement")}
        </button>
      </div>
    </Section>
  )
}

/** A program's statements as those who may not change them read them. */
export function AcknowledgementsFacts(props: {
  readonly statements: ReadonlyArray<{ readonly id: string; readonly text: string }>
}): JSX.Element {
  const t = useT()
  return (
    <Section headingId="program-acknowledgements" title={t("programs.acknowledgements")} class="stack">
      <Show when={props.statements.length > 0} fallback={<p>{t("programs.noAcknowledgements")}</p>}>
        <ul>
          <For each={props.statements}>
            {(statement) => (
              <li>
                {statement.text} <span class="mono muted">({statement.id})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Section>
  )
}
