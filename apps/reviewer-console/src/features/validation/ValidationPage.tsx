import { ApiError } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  createApiForm,
  DataTable,
  dialogFor,
  EmptyState,
  FormDialog,
  formatDateTime,
  StatusTag,
  showToast,
  TextAreaField,
  type Tone,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { SelectField } from "@openpor/ui/forms/select-field.tsx"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { PayoutData } from "./PayoutData.tsx"

interface Profile {
  readonly label: string
  readonly state: string
}

interface Waiting {
  readonly id: string
  readonly program: { readonly name: string }
  readonly location: { readonly partnerId: string; readonly name: string }
  readonly bankProfile: Profile | null
  readonly taxProfile: Profile | null
  readonly validation: {
    readonly submittedAt: string
    readonly dueAt: string
    readonly overdue: boolean
  } | null
}

const PROFILE_STATES = ["pending_validation", "approved", "action_required"] as const
const isProfileState = (state: string): state is (typeof PROFILE_STATES)[number] =>
  (PROFILE_STATES as readonly string[]).includes(state)

const PROFILE_TONES: Record<string, Tone> = {
  pending_validation: "info",
  approved: "success",
  action_required: "warning"
}

/** Enrollments waiting for bank/tax validation with the 48-hour target; the operator approves or returns. */
export function ValidationPage(): JSX.Element {
  const t = useT()
  return (
    <OperationsPage screen="validation" title={t("validation.title")}>
      <p>{t("validation.intro")}</p>
      <ValidationQueue />
    </OperationsPage>
  )
}

function ValidationQueue(): JSX.Element {
  const t = useT()
  const { locale } = useShared()
  const { client } = useSession()
  const me = useCurrentUser()
  const [queue, { refetch }] = createResource(() =>
    Promise.all([
      client.GET("/api/v1/ops/enrollments/validation-queue"),
      client.GET("/api/v1/calendar")
    ]).then(([answer, calendar]) => ({
      enrollments: answer.enrollments as readonly Waiting[],
      now: calendar.now
    }))
  )
  const [approving, setApproving] = createSignal<Waiting>()
  const [returning, setReturning] = createSignal<Waiting>()
  const place = (row: Waiting) => `${row.location.name} (PartnerID ${row.location.partnerId})`

  const conflict = (error: unknown) => {
    if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 404)) return undefined
    void refetch()
    return t("validation.changed")
  }

  const approve = async () => {
    const row = approving()!
    await client.POST("/api/v1/ops/enrollments/{id}/validation", {
      params: { path: { id: row.id } },
      body: { decision: "approve" }
    })
    showToast("success", t("validation.approved", { location: place(row), program: row.program.name }))
    void refetch()
  }

  const returnForm = createApiForm({
    initial: { reason: "", profiles: "both" },
    required: ["reason"],
    submit: ({ reason, profiles }) =>
      client.POST("/api/v1/ops/enrollments/{id}/validation", {
        params: { path: { id: returning()!.id } },
        body: { decision: "return", reason: reason.trim(), profiles: profiles as "both" | "bank" | "tax" }
      }),
    translate: (problem, field) => {
      if (field === "reason" && problem.code === "missing_field") return t("validation.reasonRequired")
      if (problem.code === "illegal_transition") return t("validation.changed")
      return undefined
    },
    onSuccess: () => {
      const row = returning()!
      setReturning(undefined)
      showToast("success", t("validation.returned", { location: place(row) }))
      void refetch()
    }
  })

  const target = (row: Waiting, now: string) => {
    if (row.validation === null) return "—"
    const hours = Math.abs(Math.round((Date.parse(row.validation.dueAt) - Date.parse(now)) / 3_600_000))
    return (
      <span class="deadline">
        <time class="deadline__date" datetime={row.validation.dueAt}>
          {formatDateTime(locale(), row.validation.dueAt)}
        </time>{" "}
        <Show
          when={row.validation.overdue}
          fallback={<span class="deadline__left">{t("validation.hoursLeft", { hours: String(hours) })}</span>}
        >
          <span class="ops-overdue">{t("validation.overdueBy", { hours: String(hours) })}</span>
        </Show>
      </span>
    )
  }
  const profile = (value: Profile | null) =>
    value === null ? (
      t("validation.none")
    ) : (
      <div class="stack">
        <div>{value.label}</div>
        <div>
          <StatusTag tone={PROFILE_TONES[value.state] ?? "neutral"}>
            {isProfileState(value.state) ? t(`validation.states.${value.state}`) : value.state}
          </StatusTag>
        </div>
      </div>
    )

  return (
    <>
      <AsyncView
        resource={queue}
        retry={refetch}
        isEmpty={(value) => value.enrollments.length === 0}
        empty={<EmptyState title={t("validation.empty")} hint={t("validation.emptyHint")} />}
      >
        {(value) => (
          <DataTable
            caption={t("validation.caption")}
            rows={value.enrollments}
            columns={[
              {
                header: t("validation.location"),
                cell: (row: Waiting) => (
                  <div class="stack">
                    <strong>{row.location.name}</strong>
                    <div class="numeric">PartnerID {row.location.partnerId}</div>
                  </div>
                )
              },
              { header: t("validation.program"), cell: (row: Waiting) => row.program.name },
              { header: t("validation.bank"), cell: (row: Waiting) => profile(row.bankProfile) },
              { header: t("validation.tax"), cell: (row: Waiting) => profile(row.taxProfile) },
              {
                header: t("validation.submitted"),
                cell: (row: Waiting) =>
                  row.validation === null ? "—" : formatDateTime(locale(), row.validation.submittedAt)
              },
              { header: t("validation.target"), cell: (row: Waiting) => target(row, value.now) },
              ...(mayOperate(me())
                ? [
                    {
                      header: t("validation.actions"),
                      cell: (row: Waiting) => (
                        <div class="actions">
                          <button
                            type="button"
                            class="button button--small"
                            onClick={() => setApproving(row)}
                          >
                            {t("validation.approve")}
                            <span class="visually-hidden">
                              {" "}
                              {place(row)}, {row.program.name}
                            </span>
                          </button>
                          <button
                            type="button"
                            class="button button--secondary button--small"
                            onClick={() => {
                              returnForm.reset()
                              setReturning(row)
                            }}
                          >
                            {t("validation.return")}
                            <span class="visually-hidden">
                              {" "}
                              {place(row)}, {row.program.name}
                            </span>
                          </button>
                        </div>
                      )
                    }
                  ]
                : [])
            ]}
          />
        )}
      </AsyncView>
      <ConfirmDialog
        {...dialogFor(approving, setApproving)}
        title={t("validation.approveTitle", {
          location: approving() === undefined ? "" : place(approving()!)
        })}
        description={
          <p>{t("validation.approveDescription", { program: approving()?.program.name ?? "" })}</p>
        }
        confirmLabel={t("validation.approve")}
        onConfirm={approve}
        describe={conflict}
      >
        <Show when={approving()}>
          {(row) => (
            <div class="ops-data">
              <PayoutData enrollmentId={row().id} />
            </div>
          )}
        </Show>
      </ConfirmDialog>
      <FormDialog
        {...dialogFor(returning, setReturning)}
        title={t("validation.returnTitle", {
          location: returning() === undefined ? "" : place(returning()!)
        })}
        description={<p>{t("validation.returnDescription", { program: returning()?.program.name ?? "" })}</p>}
        form={returnForm}
        submitLabel={t("validation.return")}
      >
        <Show when={returning()}>
          {(row) => (
            <div class="ops-data">
              <PayoutData enrollmentId={row().id} />
            </div>
          )}
        </Show>
        <TextAreaField
          form={returnForm}
          name="reason"
          label={t("validation.reason")}
          hint={t("validation.reasonHint")}
          maxLength={2000}
        />
        <SelectField
          form={returnForm}
          name="profiles"
          label={t("validation.profiles")}
          options={(["both", "bank", "tax"] as const).map((value) => ({
            value,
            label: t(`validation.profileChoices.${value}`)
          }))}
        />
      </FormDialog>
    </>
  )
}
