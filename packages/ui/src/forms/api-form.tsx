import { ApiError, type FieldProblem, fieldErrors } from "@openpor/api-client"
import { type Accessor, createSignal, createUniqueId } from "solid-js"
import { errorText } from "../components/Notice.tsx"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"

type Values = Record<string, string>

export interface ApiFormOptions<V extends Values, R> {
  /** The fields and their starting values (text as typed; convert in `submit`). */
  readonly initial: V
  /** Sends the values; rejects with the API's error, whose details say which field is wrong. */
  readonly submit: (values: V) => Promise<R>
  /** Fields that must not be blank; checked before sending ("Fill in this field."). */
  readonly required?: readonly (keyof V & string)[]
  /**
   * The text of a problem in the user's language (e.g. by its `code`); undefined = the API's own message.
   * The API's messages are English, so translate the codes a form expects.
   */
  readonly translate?: (problem: FieldProblem, field: (keyof V & string) | undefined) => string | undefined
  /** Called with the answer after a successful submission (e.g. show a toast, close a dialog). */
  readonly onSuccess?: (result: R, values: V) => void
  /** Empty the fields after a success (default false: keep what was typed). */
  readonly resetOnSuccess?: boolean
}

export interface ApiForm<V extends Values> {
  readonly values: Accessor<V>
  value(name: keyof V & string): string
  set(name: keyof V & string, value: string): void
  /** True while the request is on its way: the submit button is disabled and the fields read-only. */
  readonly pending: Accessor<boolean>
  /** The message next to the field, if any. */
  error(name: keyof V & string): string | undefined
  /** Messages about no particular field (and the hint to correct the marked fields). */
  readonly general: Accessor<readonly string[]>
  /** Stable element ids of a field's control and its message, for labels and aria-describedby. */
  fieldId(name: keyof V & string): string
  errorId(name: keyof V & string): string
  /** Sends the form (use as `onSubmit`); resolves true on success. Focuses the first wrong field on failure. */
  submit(event?: Event): Promise<boolean>
  /** Back to `values` (default the initial ones), without messages. */
  reset(values?: V): void
}

/**
 * A form whose validation is the API's: the values as typed, sent by `submit`; a failed request puts each
 * problem of the error envelope (`violations`, `issues`, `field`) next to its field and the rest on top,
 * keeps everything the user typed, and moves focus to the first field to correct.
 */
export const createApiForm = <V extends Values, R = unknown>(options: ApiFormOptions<V, R>): ApiForm<V> => {
  const { t } = useShared()
  const prefix = createUniqueId()
  const names = Object.keys(options.initial) as (keyof V & string)[]
  const [values, setValues] = createSignal<V>({ ...options.initial })
  const [pending, setPending] = createSignal(false)
  const [errors, setErrors] = createSignal<Partial<Record<keyof V & string, string>>>({})
  const [general, setGeneral] = createSignal<readonly string[]>([])

  const fieldId = (name: keyof V & string) => `${prefix}-${name}`
  const focusFirst = (fields: Partial<Record<keyof V & string, string>>) => {
    const first = names.find((name) => fields[name] !== undefined)
    if (first !== undefined && typeof document !== "undefined")
      document.getElementById(fieldId(first))?.focus()
  }
  const fail = (fields: Partial<Record<keyof V & string, string>>, messages: readonly string[]) => {
    setErrors(() => fields)
    const hasFields = Object.keys(fields).length > 0
    setGeneral(hasFields ? [...messages, t("form.fixErrors")] : messages)
    focusFirst(fields)
  }

  const form: ApiForm<V> = {
    values,
    value: (name) => values()[name] ?? "",
    set(name, value) {
      setValues((current) => ({ ...current, [name]: value }))
    },
    pending,
    error: (name) => errors()[name],
    general,
    fieldId,
    errorId: (name) => `${prefix}-${name}-error`,
    async submit(event) {
      event?.preventDefault()
      if (pending()) return false
      const current = values()
      const missing: Partial<Record<keyof V & string, string>> = {}
      for (const name of options.required ?? []) {
        if ((current[name] ?? "").trim() === "") missing[name] = t("form.required")
      }
      if (Object.keys(missing).length > 0) {
        fail(missing, [])
        return false
      }
      setErrors(() => ({}))
      setGeneral([])
      setPending(true)
      try {
        const result = await options.submit(current)
        if (options.resetOnSuccess === true) setValues(() => ({ ...options.initial }))
        options.onSuccess?.(result, current)
        return true
      } catch (error) {
        if (!(error instanceof ApiError)) {
          fail({}, [errorText(t, describeError(error))])
          return false
        }
        const sorted = fieldErrors(error, names)
        const fields: Partial<Record<keyof V & string, string>> = {}
        for (const [name, problems] of Object.entries(sorted.fields)) {
          const field = name as keyof V & string
          fields[field] = problems.map((p) => options.translate?.(p, field) ?? p.message).join(" ")
        }
        const messages = sorted.general.map((problem) => {
          const translated = options.translate?.(problem, undefined)
          if (translated !== undefined) return translated
          const described = describeError(error)
          // Known kinds of failure in the user's language; the API's message for the rest.
          return described.key === "errors.unexpected" ? problem.message : errorText(t, described)
        })
        fail(fields, messages)
        return false
      } finally {
        setPending(false)
      }
    },
    reset(next) {
      setValues(() => ({ ...(next ?? options.initial) }))
      setErrors(() => ({}))
      setGeneral([])
    }
  }
  return form
}
