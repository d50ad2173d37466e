import { ApiError, PARTNER_ID_PATTERN, type ResponseOf } from "@openpor/api-client"
import {
  type ApiForm,
  AsyncView,
  ConfirmDialog,
  createApiForm,
  DataTable,
  FormAlert,
  Section,
  StatusTag,
  SubmitButton,
  showToast,
  TextField,
  useSession
} from "@openpor/ui"
import { useSearchParams } from "@solidjs/router"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { EligibilityImport } from "./EligibilityImport.tsx"

type Eligibility = ResponseOf<"getEligibility">
type ProgramRequirements = Eligibility["programs"][number]
type Requirement = ProgramRequirements["requirements"][number]

/** A requirement or agreement change waiting for the operator's confirmation. */
type Change =
  | { readonly kind: "requirement"; readonly program: ProgramRequirements; readonly requirement: Requirement }
  | { readonly kind: "agreement"; readonly active: boolean }

/**
 * The operator's eligibility screen: one location's requirements per program and its agreement (looked up by
 * PartnerID, kept in the URL), each change confirmed; and the bulk import from a CSV file with a result per row.
 */
export function EligibilityPage(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [params, setParams] = useSearchParams()
  const partnerId = () => (typeof params.partnerId === "string" ? params.partnerId : "")
  const [eligibility, { refetch, mutate }] = createResource(
    () => partnerId() || undefined,
    (id) => client.GET("/api/v1/ops/eligibility/{partnerId}", { params: { path: { partnerId: id } } })
  )
  const [change, setChange] = createSignal<Change>()

  const lookup: ApiForm<{ partnerId: string }> = createApiForm({
    initial: { partnerId: partnerId() },
    required: ["partnerId"],
    submit: async ({ partnerId: typed }) => {
      const id = typed.trim()
      if (!PARTNER_ID_PATTERN.test(id))
        throw new ApiError(400, "invalid_partner_id", "partnerId", { field: "partnerId" })
      const found = await client.GET("/api/v1/ops/eligibility/{partnerId}", {
        params: { path: { partnerId: id } }
      })
      setParams({ partnerId: id })
      mutate(found)
    },
    translate: (problem): string | undefined => {
      if (problem.code === "unknown_partner_id")
        return t("eligibility.unknownPartnerId", { partnerId: lookup.value("partnerId").trim() })
      if (problem.code === "invalid_partner_id" || problem.code === "invalid_request")
        return t("eligibility.partnerIdFormat")
      return undefined
    }
  })

  const apply = async () => {
    const pending = change()!
    const current = eligibility.latest!
    if (pending.kind === "agreement") {
      await client.PUT("/api/v1/ops/locations/{locationId}/agreement", {
        params: { path: { locationId: current.location.id } },
        body: { active: pending.active }
      })
      showToast("success", t("eligibility.agreementSaved", { name: current.location.name }))
    } else {
      const met = !pending.requirement.met
      await client.PUT("/api/v1/ops/locations/{locationId}/requirements/{requirementId}", {
        params: { path: { locationId: current.location.id, requirementId: pending.requirement.id } },
        body: { met }
      })
      showToast(
        "success",
        t("eligibility.requirementSaved", {
          requirement: pending.requirement.name,
          state: met ? t("eligibility.met") : t("eligibility.unmet"),
          name: current.location.name
        })
      )
    }
    void refetch()
  }
  const changeTitle = () => {
    const pending = change()
    const name = eligibility.latest?.location.name ?? ""
    if (pending === undefined) return ""
    if (pending.kind === "agreement")
      return pending.active
        ? t("eligibility.agreementConfirmTitle", { name })
        : t("eligibility.agreementEndTitle", { name })
    return pending.requirement.met
      ? t("eligibility.confirmUnmetTitle", { requirement: pending.requirement.name, name })
      : t("eligibility.confirmMetTitle", { requirement: pending.requirement.name, name })
  }

  return (
    <OperationsPage screen="eligibility" title={t("eligibility.title")}>
      <p>{t("eligibility.intro")}</p>
      <Section headingId="eligibility-lookup" title={t("eligibility.lookupTitle")} class="stack">
        <form class="ops-form ops-form--inline" novalidate onSubmit={(event) => void lookup.submit(event)}>
          <FormAlert form={lookup} />
          <TextField
            form={lookup}
            name="partnerId"
            label={t("eligibility.partnerId")}
            hint={t("eligibility.partnerIdHint")}
            inputmode="numeric"
            maxLength={7}
          />
          <div>
            <SubmitButton form={lookup} label={t("eligibility.show")} />
          </div>
        </form>
        <Show when={partnerId() !== ""}>
          <AsyncView resource={eligibility} retry={refetch}>
            {(value) => (
              <div class="stack">
                <p>
                  <strong>
                    {t("eligibility.locationOf", {
                      name: value.location.name,
                      city: value.location.city,
                      country: value.location.country,
                      partnerId: value.location.partnerId
                    })}
                  </strong>
                </p>
                <section class="card stack" aria-labelledby="eligibility-agreement">
                  <h3 id="eligibility-agreement">{t("eligibility.agreementTitle")}</h3>
                  <div class="toolbar">
                    <StatusTag tone={value.agreementActive ? "success" : "warning"}>
                      {value.agreementActive
                        ? t("eligibility.agreementActive")
                        : t("eligibility.agreementNone")}
                    </StatusTag>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() => setChange({ kind: "agreement", active: !value.agreementActive })}
                    >
                      {value.agreementActive
                        ? t("eligibility.endAgreement")
                        : t("eligibility.recordAgreement")}
                    </button>
                  </div>
                </section>
                <h3>{t("eligibility.requirementsTitle")}</h3>
                <For each={value.programs}>
                  {(program) => (
                    <section class="card stack" aria-labelledby={`eligibility-${program.id}`}>
                      <h4 id={`eligibility-${program.id}`}>
                        {program.name}
                        <Show when={program.status === "discontinued"}>
                          {" "}
                          <StatusTag>{t("eligibility.discontinuedProgram")}</StatusTag>
                        </Show>
                      </h4>
                      <Show
                        when={program.requirements.length > 0}
                        fallback={<p class="muted">{t("eligibility.openProgram")}</p>}
                      >
                        <DataTable
                          caption={t("eligibility.requirementsCaption", { program: program.name })}
                          rows={program.requirements}
                          columns={[
                            { header: t("eligibility.requirement"), cell: (r: Requirement) => r.name },
                            {
                              header: t("eligibility.state"),
                              cell: (r: Requirement) => (
                                <StatusTag tone={r.met ? "success" : "warning"}>
                                  {r.met ? t("eligibility.met") : t("eligibility.unmet")}
                                </StatusTag>
                              )
                            },
                            {
                              header: t("eligibility.action"),
                              cell: (r: Requirement) => (
                                <Show when={program.status === "active"}>
                                  <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    onClick={() =>
                                      setChange({ kind: "requirement", program, requirement: r })
                                    }
                                  >
                                    {r.met ? t("eligibility.markUnmet") : t("eligibility.markMet")}
                                    <span class="visually-hidden"> {r.name}</span>
                                  </button>
                                </Show>
                              )
                            }
                          ]}
                        />
                      </Show>
                    </section>
                  )}
                </For>
              </div>
            )}
          </AsyncView>
        </Show>
      </Section>
      <EligibilityImport onImported={() => void (partnerId() === "" ? undefined : refetch())} />
      <ConfirmDialog
        open={change() !== undefined}
        onOpenChange={(open) => {
          if (!open) setChange(undefined)
        }}
        title={changeTitle()}
        description={
          <p>
            {change()?.kind === "requirement"
              ? t("eligibility.confirmDescription", {
                  program: (change() as { program: ProgramRequirements }).program.name
                })
              : t("eligibility.agreementDescription")}
          </p>
        }
        confirmLabel={
          change()?.kind === "agreement"
            ? (change() as { active: boolean }).active
              ? t("eligibility.recordAgreement")
              : t("eligibility.endAgreement")
            : (change() as { requirement: Requirement } | undefined)?.requirement.met
              ? t("eligibility.markUnmet")
              : t("eligibility.markMet")
        }
        onConfirm={apply}
      />
    </OperationsPage>
  )
}
