import type { ResponseOf } from "@openpor/api-client"
import { AsyncView, Notice, PageHeading, Section, useSession } from "@openpor/ui"
import { A, useParams } from "@solidjs/router"
import { createResource, For, type JSX, Show } from "solid-js"
import { useClaimText } from "../claims/lib/text.ts"
import { useT } from "./i18n.ts"

type Program = ResponseOf<"listPrograms">["programs"][number]

/**
 * The partner portal's page about a program (SPEC §3): what the Resources column links as the program
 * guide until an operator sets another one — the program's name, solution area, partner roles and
 * eligibility requirements as GET /programs answers them, in the user's language.
 */
export function ProgramGuidePage(): JSX.Element {
  const t = useT()
  const params = useParams<{ id: string }>()
  const { client } = useSession()
  const [program, { refetch }] = createResource(
    () => params.id,
    async (id): Promise<Program | null> =>
      (await client.GET("/api/v1/programs")).programs.find((p) => p.id === id) ?? null
  )
  return (
    <div class="page">
      <AsyncView resource={program} retry={refetch} loadingText={t("loading")} errorIntro={t("loadFailed")}>
        {(found) => (
          <Show
            when={found}
            fallback={
              <>
                <PageHeading>{t("title", { program: params.id })}</PageHeading>
                <Notice tone="error">
                  <p>{t("notFound", { id: params.id })}</p>
                </Notice>
              </>
            }
          >
            {(p) => <ProgramGuide program={p()} />}
          </Show>
        )}
      </AsyncView>
      <p>
        <A href="/incentives">{t("back")}</A>
      </p>
    </div>
  )
}

function ProgramGuide(props: { readonly program: Program }): JSX.Element {
  const t = useT()
  const claims = useClaimText()
  const p = () => props.program
  return (
    <>
      <PageHeading>{t("title", { program: p().name })}</PageHeading>
      <p>{t("intro")}</p>
      <Show when={p().status === "discontinued"}>
        <Notice tone="info">
          <p>{t("discontinued")}</p>
        </Notice>
      </Show>
      <dl class="facts">
        <div>
          <dt>{t("solutionArea")}</dt>
          <dd>{claims.area(p().solutionArea)}</dd>
        </div>
        <div>
          <dt>{t("roles")}</dt>
          <dd>
            <Show when={p().partnerRoles.length > 0} fallback={t("anyRole")}>
              <ul>
                <For each={p().partnerRoles}>{(role) => <li>{claims.role(role)}</li>}</For>
              </ul>
            </Show>
          </dd>
        </div>
      </dl>
      <p>{p().incentivized ? t("incentivized") : t("notIncentivized")}</p>
      <Show when={p().open}>
        <p>{t("open")}</p>
      </Show>
      <Section headingId="program-requirements" class="stack" title={t("requirements")}>
        <Show when={p().requirements.length > 0} fallback={<p>{t("noRequirements")}</p>}>
          <p>{t("requirementsIntro")}</p>
          <ul>
            <For each={p().requirements}>{(r) => <li>{r.name}</li>}</For>
          </ul>
        </Show>
      </Section>
    </>
  )
}
