import type { ResponseOf } from "@openpor/api-client"
import {
  AsyncView,
  ConfirmDialog,
  DataTable,
  dialogFor,
  EmptyState,
  pluralCategory,
  StatusTag,
  showToast,
  useCurrentUser,
  useSession,
  useShared
} from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { isPartnerRole, isSolutionArea } from "./catalog.ts"

export type Program = ResponseOf<"listPrograms">["programs"][number]

/** The program catalog: every program with what it accepts; the operator creates, edits, invites, discontinues. */
export function ProgramsPage(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const { locale } = useShared()
  const { client } = useSession()
  const [programs, { refetch }] = createResource(() => client.GET("/api/v1/programs").then((a) => a.programs))
  const [inviting, setInviting] = createSignal<Program>()
  const [discontinuing, setDiscontinuing] = createSignal<Program>()

  const invite = async () => {
    const program = inviting()!
    const answer = await client.POST("/api/v1/ops/programs/{id}/invitations", {
      params: { path: { id: program.id } }
    })
    showToast("success", t("programs.invited", { name: program.name, count: String(answer.invited) }))
  }
  const discontinue = async () => {
    const program = discontinuing()!
    await client.POST("/api/v1/ops/programs/{id}/discontinue", { params: { path: { id: program.id } } })
    showToast("success", t("programs.discontinued", { name: program.name }))
    void refetch()
  }
  const area = (value: string) => (isSolutionArea(value) ? t(`programs.solutionAreas.${value}`) : value)
  const roles = (values: readonly string[]) =>
    values.map((role) => (isPartnerRole(role) ? t(`programs.roles.${role}`) : role)).join(", ")

  return (
    <OperationsPage screen="programs" title={t("programs.title")}>
      <div class="toolbar">
        <p>{t("programs.intro")}</p>
        <Show when={mayOperate(me())}>
          <A class="button" href="/operations/programs/new">
            {t("programs.create")}
          </A>
        </Show>
      </div>
      <AsyncView
        resource={programs}
        retry={refetch}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t("programs.empty")} hint={t("programs.emptyHint")} />}
      >
        {(list) => (
          <DataTable
            caption={t("programs.caption")}
            rows={list}
            columns={[
              {
                header: t("programs.name"),
                cell: (program: Program) => (
                  <div class="stack">
                    <strong>{program.name}</strong>
                    <div class="mono muted ops-wrap">{program.id}</div>
                  </div>
                )
              },
              { header: t("programs.solutionArea"), cell: (program: Program) => area(program.solutionArea) },
              { header: t("programs.partnerRoles"), cell: (program: Program) => roles(program.partnerRoles) },
              {
                header: t("programs.eligibility"),
                cell: (program: Program) =>
                  program.open
                    ? t("programs.openShort")
                    : t(
                        `programs.requirementsCount.${pluralCategory(locale(), program.requirements.length)}`,
                        { count: String(program.requirements.length) }
                      )
              },
              {
                header: t("programs.status"),
                cell: (program: Program) => (
                  <div class="stack">
                    <div>
                      <StatusTag tone={program.status === "active" ? "success" : "neutral"}>
                        {program.status === "active" || program.status === "discontinued"
                          ? t(`programs.statuses.${program.status}`)
                          : program.status}
                      </StatusTag>
                    </div>
                    <div class="muted">
                      {program.incentivized ? t("programs.incentivizedShort") : t("programs.notIncentivized")}
                    </div>
                  </div>
                )
              },
              {
                header: t("programs.actions"),
                cell: (program: Program) => (
                  <div class="actions">
                    <A
                      class="button button--secondary button--small"
                      href={`/operations/programs/${program.id}`}
                    >
                      {mayOperate(me()) && program.status === "active"
                        ? t("programs.edit")
                        : t("programs.view")}
                      <span class="visually-hidden"> {program.name}</span>
                    </A>
                    <Show when={mayOperate(me()) && program.status === "active"}>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        onClick={() => setInviting(program)}
                      >
                        {t("programs.invite")}
                        <span class="visually-hidden"> {program.name}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--danger button--small"
                        onClick={() => setDiscontinuing(program)}
                      >
                        {t("programs.discontinue")}
                        <span class="visually-hidden"> {program.name}</span>
                      </button>
                    </Show>
                  </div>
                )
              }
            ]}
          />
        )}
      </AsyncView>
      <ConfirmDialog
        {...dialogFor(inviting, setInviting)}
        title={t("programs.inviteTitle", { name: inviting()?.name ?? "" })}
        description={<p>{t("programs.inviteDescription")}</p>}
        confirmLabel={t("programs.invite")}
        onConfirm={invite}
      />
      <ConfirmDialog
        {...dialogFor(discontinuing, setDiscontinuing)}
        title={t("programs.discontinueTitle", { name: discontinuing()?.name ?? "" })}
        description={<p>{t("programs.discontinueDescription")}</p>}
        confirmLabel={t("programs.discontinue")}
        tone="danger"
        onConfirm={discontinue}
      />
    </OperationsPage>
  )
}
