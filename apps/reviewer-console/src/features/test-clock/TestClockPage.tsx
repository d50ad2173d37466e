import { ApiError, type ResponseOf } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  createApiForm,
  dialogFor,
  FormAlert,
  formatDateTime,
  Notice,
  Section,
  SubmitButton,
  showToast,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { DateField, NumberField } from "@openpor/ui/forms/choice-fields.tsx"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"

type Unit = "businessDays" | "days" | "hours"
const UNITS: readonly Unit[] = ["businessDays", "days", "hours"]

type ClockView = ResponseOf<"getTestClock">

/** A pending change of the clock, waiting for the operator's confirmation. */
type Change =
  | { readonly kind: "advance"; readonly amount: number; readonly unit: Unit }
  | { readonly kind: "set"; readonly at: Date }

/**
 * The test clock (only where the server runs with OPENPOR_CLOCK=test): business time now, advance by days,
 * business days or hours, or set to a later moment — each after a confirmation, since it cannot be undone.
 */
export function TestClockPage(): JSX.Element {
  const t = useT()
  return (
    <OperationsPage screen="clock" title={t("testClock.title")}>
      <TestClock />
    </OperationsPage>
  )
}

function TestClock(): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const [clock, { refetch, mutate }] = createResource(() =>
    client.GET("/api/v1/ops/clock").catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null
      throw error
    })
  )
  const [change, setChange] = createSignal<Change>()

  const advanceForm = createApiForm({
    initial: { amount: "1", unit: "businessDays" },
    required: ["amount"],
    submit: async ({ amount, unit }) => {
      const value = Number(amount)
      if (!Number.isInteger(value) || value < 1 || value > 3650)
        throw new ApiError(400, "invalid_amount", "amount", { field: "amount" })
      setChange({ kind: "advance", amount: value, unit: unit as Unit })
    },
    translate: (problem) => (problem.code === "invalid_amount" ? t("testClock.amountInvalid") : undefined)
  })
  const setForm = createApiForm({
    initial: { at: "" },
    required: ["at"],
    submit: async ({ at }) => {
      const target = new Date(at)
      const now = clock.latest?.now
      if (Number.isNaN(target.getTime()) || (now !== undefined && target.getTime() <= Date.parse(now)))
        throw new ApiError(400, "invalid_moment", "at", { field: "at" })
      setChange({ kind: "set", at: target })
    },
    translate: (problem) => (problem.code === "invalid_moment" ? t("testClock.setInvalid") : undefined)
  })

  const apply = async () => {
    const pending = change()!
    let result: ClockView
    try {
      result =
        pending.kind === "advance"
          ? await client.POST("/api/v1/ops/clock/advance", { body: { [pending.unit]: pending.amount } })
          : await client.POST("/api/v1/ops/clock/set", { body: { now: pending.at.toISOString() } })
    } catch (error) {
      if (error instanceof ApiError && error.code === "clock_cannot_go_back") void refetch()
      throw error
    }
    mutate(result)
    showToast(
      "success",
      t("testClock.advanced", { at: formatDateTime(locale(), result.now), jobs: String(result.jobsRun) })
    )
  }
  const describe = (error: unknown) =>
    error instanceof ApiError && error.code === "clock_cannot_go_back"
      ? t("testClock.cannotGoBack", { at: formatDateTime(locale(), clock.latest?.now ?? "") })
      : undefined

  const offset = (millis: number) => {
    const hours = Math.floor(millis / 3_600_000)
    return t("testClock.offsetDays", { days: String(Math.floor(hours / 24)), hours: String(hours % 24) })
  }
  const title = () => {
    const pending = change()
    if (pending === undefined) return ""
    return pending.kind === "advance"
      ? t("testClock.confirmAdvanceTitle", {
          amount: String(pending.amount),
          unit: t(`testClock.unitWords.${pending.unit}`)
        })
      : t("testClock.confirmSetTitle", { at: formatDateTime(locale(), pending.at) })
  }

  return (
    <AsyncView resource={clock} retry={refetch}>
      {(value) => (
        <Show
          when={value}
          fallback={
            <Notice tone="info">
              <p>{t("testClock.unavailable")}</p>
            </Notice>
          }
        >
          {(view) => (
            <>
              <p>{t("testClock.intro")}</p>
              <Section headingId="clock-now" title={t("testClock.nowTitle")} class="card stack">
                <dl class="facts">
                  <div>
                    <dt>{t("testClock.now")}</dt>
                    <dd>
                      <time class="ops-clock__now" datetime={view().now} aria-live="polite">
                        {formatDateTime(locale(), view().now)}
                      </time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t("testClock.utc")}</dt>
                    <dd class="mono">{view().now}</dd>
                  </div>
                  <div>
                    <dt>{t("testClock.offset")}</dt>
                    <dd>{offset(Number(view().offsetMillis))}</dd>
                  </div>
                </dl>
              </Section>
              <Show when={mayOperate(me())}>
                <Section headingId="clock-advance" title={t("testClock.advanceTitle")} class="stack">
                  <form
                    class="ops-form ops-form--inline"
                    novalidate
                    onSubmit={(event) => void advanceForm.submit(event)}
                  >
                    <FormAlert form={advanceForm} />
                    <NumberField
                      form={advanceForm}
                      name="amount"
                      label={t("testClock.amount")}
                      min={1}
                      max={3650}
                    />
                    <SelectField
                      form={advanceForm}
                      name="unit"
                      label={t("testClock.unit")}
                      options={UNITS.map((unit) => ({ value: unit, label: t(`testClock.units.${unit}`) }))}
                    />
                    <div>
                      <SubmitButton form={advanceForm} label={t("testClock.advance")} />
                    </div>
                  </form>
                </Section>
                <Section headingId="clock-set" title={t("testClock.setTitle")} class="stack">
                  <form
                    class="ops-form ops-form--inline"
                    novalidate
                    onSubmit={(event) => void setForm.submit(event)}
                  >
                    <FormAlert form={setForm} />
                    <DateField
                      form={setForm}
                      name="at"
                      type="datetime-local"
                      label={t("testClock.setTo")}
                      hint={t("testClock.setHint")}
                    />
                    <div>
                      <SubmitButton form={setForm} label={t("testClock.set")} />
                    </div>
                  </form>
                </Section>
              </Show>
              <ConfirmDialog
                {...dialogFor(change, setChange)}
                title={title()}
                description={<p>{t("testClock.confirmAdvance")}</p>}
                confirmLabel={change()?.kind === "set" ? t("testClock.set") : t("testClock.advance")}
                tone="danger"
                onConfirm={apply}
                describe={describe}
              />
            </>
          )}
        </Show>
      )}
    </AsyncView>
  )
}
