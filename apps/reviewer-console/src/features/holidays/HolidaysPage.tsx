import {
  AsyncView,
  ConfirmDialog,
  createApiForm,
  DataTable,
  dialogFor,
  EmptyState,
  FormAlert,
  Section,
  SubmitButton,
  showToast,
  TextField,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { DateField } from "@openpor/ui/forms/choice-fields.tsx"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { formatCalendarDate } from "../operations/format.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"

interface Holiday {
  readonly date: string
  readonly name: string
}

/** The vendor's holiday calendar: the holidays business days skip; the operator adds and removes them. */
export function HolidaysPage(): JSX.Element {
  const t = useT()
  return (
    <OperationsPage screen="holidays" title={t("holidays.title")}>
      <Holidays />
    </OperationsPage>
  )
}

function Holidays(): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const [calendar, { refetch, mutate }] = createResource(() => client.GET("/api/v1/calendar"))
  const [removing, setRemoving] = createSignal<Holiday>()
  const day = (date: string) => formatCalendarDate(locale(), date)
  const existing = (date: string) => calendar.latest?.holidays.find((holiday) => holiday.date === date)

  const form = createApiForm({
    initial: { date: "", name: "" },
    required: ["date", "name"],
    submit: ({ date, name }) =>
      client.PUT("/api/v1/ops/calendar/holidays/{date}", {
        params: { path: { date } },
        body: { name: name.trim() }
      }),
    translate: (problem, field) =>
      field === "date" && problem.code !== "missing_field" ? t("holidays.invalidDate") : undefined,
    resetOnSuccess: true,
    onSuccess: (updated, values) => {
      const before = existing(values.date)
      mutate(updated)
      const name = values.name.trim()
      showToast(
        "success",
        before === undefined
          ? t("holidays.added", { name, date: day(values.date) })
          : t("holidays.renamed", { name, date: day(values.date) })
      )
    }
  })

  const remove = async () => {
    const holiday = removing()!
    await client.DELETE("/api/v1/ops/calendar/holidays/{date}", { params: { path: { date: holiday.date } } })
    showToast("success", t("holidays.removed", { name: holiday.name }))
    void refetch()
  }

  return (
    <AsyncView resource={calendar} retry={refetch}>
      {(value) => (
        <>
          <div class="stack">
            <p>{t("holidays.intro", { timeZone: value.timeZone })}</p>
            <p class="muted">
              {t("holidays.fiscalYear", {
                label: value.fiscalYear.label,
                first: day(value.fiscalYear.firstDay),
                last: day(value.fiscalYear.lastDay)
              })}
            </p>
          </div>
          <Show when={mayOperate(me())}>
            <Section headingId="holiday-add" title={t("holidays.addTitle")} class="stack">
              <form
                class="ops-form ops-form--inline"
                novalidate
                onSubmit={(event) => void form.submit(event)}
              >
                <FormAlert form={form} />
                <DateField form={form} name="date" label={t("holidays.date")} />
                <TextField
                  form={form}
                  name="name"
                  label={t("holidays.name")}
                  hint={t("holidays.nameHint")}
                  maxLength={200}
                />
                <div>
                  <SubmitButton form={form} label={t("holidays.add")} pendingLabel={t("holidays.adding")} />
                </div>
              </form>
              <Show when={existing(form.value("date"))}>
                {(holiday) => (
                  <p class="muted" role="status">
                    {t("holidays.exists", { date: day(holiday().date), name: holiday().name })}
                  </p>
                )}
              </Show>
            </Section>
          </Show>
          <Section headingId="holiday-list" title={t("holidays.listTitle")} class="stack">
            <Show
              when={value.holidays.length > 0}
              fallback={
                <EmptyState
                  title={t("holidays.empty")}
                  hint={mayOperate(me()) ? t("holidays.emptyHint") : t("holidays.emptyReadOnly")}
                />
              }
            >
              <DataTable
                caption={t("holidays.caption")}
                rows={value.holidays}
                columns={[
                  {
                    header: t("holidays.date"),
                    cell: (holiday: Holiday) => <time datetime={holiday.date}>{day(holiday.date)}</time>
                  },
                  { header: t("holidays.name"), cell: (holiday: Holiday) => holiday.name },
                  ...(mayOperate(me())
                    ? [
                        {
                          header: t("holidays.actions"),
                          cell: (holiday: Holiday) => (
                            <button
                              type="button"
                              class="button button--secondary button--small"
                              onClick={() => setRemoving(holiday)}
                            >
                              {t("holidays.remove")}
                              <span class="visually-hidden">
                                {" "}
                                {holiday.name} ({day(holiday.date)})
                              </span>
                            </button>
                          )
                        }
                      ]
                    : [])
                ]}
              />
            </Show>
          </Section>
          <ConfirmDialog
            {...dialogFor(removing, setRemoving)}
            title={t("holidays.removeTitle", { name: removing()?.name ?? "" })}
            description={
              <p>
                {t("holidays.removeDescription", {
                  date: removing() === undefined ? "" : day(removing()!.date)
                })}
              </p>
            }
            confirmLabel={t("holidays.remove")}
            tone="danger"
            onConfirm={remove}
          />
        </>
      )}
    </AsyncView>
  )
}
