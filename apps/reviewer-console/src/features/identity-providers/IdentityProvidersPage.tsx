import {
  AsyncView,
  ConfirmDialog,
  DataTable,
  dialogFor,
  EmptyState,
  Section,
  StatusTag,
  showToast,
  useCurrentUser,
  useSession
} from "@openpor/ui"
import { createResource, createSignal, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"
import { type Owners, type Provider, ProviderDialog } from "./ProviderDialog.tsx"
import "./identity-providers.css"

/**
 * Operations → Identity providers (SPEC §12): single sign-on per partner organization or customer tenant.
 * The operator adds, edits, enables/disables and deletes providers; auditors read the list.
 */
export function IdentityProvidersPage(): JSX.Element {
  const t = useT()
  return (
    <OperationsPage screen="identityProviders" title={t("identityProviders.title")}>
      <IdentityProviders />
    </OperationsPage>
  )
}

function IdentityProviders(): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const me = useCurrentUser()
  const [data, { refetch, mutate }] = createResource(async () => {
    const [list, owners] = await Promise.all([
      client.GET("/api/v1/ops/identity-providers"),
      client.GET("/api/v1/ops/identity-providers/owners")
    ])
    return { providers: list.providers, owners }
  })
  // undefined: closed; null: adding; a provider: editing it.
  const [editing, setEditing] = createSignal<Provider | null>()
  const [removing, setRemoving] = createSignal<Provider>()
  const [toggling, setToggling] = createSignal<string>()

  const replace = (saved: Provider) =>
    mutate((current) =>
      current === undefined
        ? current
        : {
            ...current,
            providers: current.providers.some((p) => p.id === saved.id)
              ? current.providers.map((p) => (p.id === saved.id ? saved : p))
              : [...current.providers, saved].sort((a, b) => a.name.localeCompare(b.name))
          }
    )

  const toggle = async (p: Provider) => {
    setToggling(p.id)
    try {
      const saved = await client.PUT("/api/v1/ops/identity-providers/{id}", {
        params: { path: { id: p.id } },
        body: {
          name: p.name,
          organizationId: p.organizationId,
          tenantId: p.tenantId,
          issuer: p.issuer,
          clientId: p.clientId,
          allowedDomains: [...p.allowedDomains],
          autoProvision: p.autoProvision,
          enabled: !p.enabled
        }
      })
      replace(saved)
      showToast(
        "success",
        saved.enabled
          ? t("identityProviders.enabledNow", { name: saved.name })
          : t("identityProviders.disabledNow", { name: saved.name })
      )
    } catch {
      showToast("error", t("identityProviders.errors.issuer_unreachable"))
    } finally {
      setToggling(undefined)
    }
  }

  const remove = async () => {
    const p = removing()!
    await client.DELETE("/api/v1/ops/identity-providers/{id}", { params: { path: { id: p.id } } })
    showToast("success", t("identityProviders.removed", { name: p.name }))
    mutate((current) =>
      current === undefined
        ? current
        : { ...current, providers: current.providers.filter((x) => x.id !== p.id) }
    )
  }

  const redirectUri = (providers: readonly Provider[]) =>
    providers[0]?.redirectUri ?? `${window.location.origin}/api/v1/auth/oidc/callback`

  return (
    <AsyncView resource={data} retry={refetch}>
      {(value) => (
        <>
          <div class="stack">
            <p>{t("identityProviders.intro")}</p>
            <p class="idp-redirect">
              {t("identityProviders.redirectUri")} <code>{redirectUri(value.providers)}</code>
            </p>
            <Show when={mayOperate(me())}>
              <div>
                <button type="button" class="button" onClick={() => setEditing(null)}>
                  {t("identityProviders.add")}
                </button>
              </div>
            </Show>
          </div>
          <Section headingId="idp-list" title={t("identityProviders.listTitle")} class="stack">
            <Show
              when={value.providers.length > 0}
              fallback={
                <EmptyState
                  title={t("identityProviders.empty")}
                  hint={
                    mayOperate(me()) ? t("identityProviders.emptyHint") : t("identityProviders.emptyReadOnly")
                  }
                />
              }
            >
              <DataTable
                caption={t("identityProviders.caption")}
                rows={value.providers}
                columns={[
                  {
                    header: t("identityProviders.name"),
                    cell: (p: Provider) => (
                      <span class="idp-name">
                        <strong>{p.name}</strong>
                        <span class="muted idp-issuer">{p.issuer}</span>
                      </span>
                    )
                  },
                  { header: t("identityProviders.for"), cell: (p: Provider) => p.ownerName },
                  {
                    header: t("identityProviders.domains"),
                    cell: (p: Provider) => p.allowedDomains.join(", ")
                  },
                  {
                    header: t("identityProviders.status"),
                    cell: (p: Provider) => (
                      <span class="idp-tags">
                        <StatusTag tone={p.enabled ? "success" : "neutral"}>
                          {p.enabled
                            ? t("identityProviders.statusEnabled")
                            : t("identityProviders.statusDisabled")}
                        </StatusTag>
                        <Show when={p.autoProvision}>
                          <StatusTag tone="info">{t("identityProviders.provisions")}</StatusTag>
                        </Show>
                      </span>
                    )
                  },
                  {
                    header: t("identityProviders.secret"),
                    cell: (p: Provider) => <span class="tabular">{p.secretHint}</span>
                  },
                  ...(mayOperate(me())
                    ? [
                        {
                          header: t("identityProviders.actions"),
                          cell: (p: Provider) => (
                            <span class="idp-actions">
                              <button
                                type="button"
                                class="button button--secondary button--small"
                                onClick={() => setEditing(p)}
                              >
                                {t("identityProviders.edit")}
                                <span class="visually-hidden"> {p.name}</span>
                              </button>
                              <button
                                type="button"
                                class="button button--secondary button--small"
                                aria-disabled={toggling() === p.id}
                                onClick={() => void toggle(p)}
                              >
                                {p.enabled ? t("identityProviders.disable") : t("identityProviders.enable")}
                                <span class="visually-hidden"> {p.name}</span>
                              </button>
                              <button
                                type="button"
                                class="button button--secondary button--small"
                                onClick={() => setRemoving(p)}
                              >
                                {t("identityProviders.remove")}
                                <span class="visually-hidden"> {p.name}</span>
                              </button>
                            </span>
                          )
                        }
                      ]
                    : [])
                ]}
              />
            </Show>
          </Section>
          <Show when={editing() !== undefined}>
            <ProviderDialog
              provider={editing() ?? undefined}
              owners={value.owners as Owners}
              open={editing() !== undefined}
              onOpenChange={(open) => {
                if (!open) setEditing(undefined)
              }}
              onSaved={(saved) => {
                replace(saved)
                setEditing(undefined)
              }}
            />
          </Show>
          <ConfirmDialog
            {...dialogFor(removing, setRemoving)}
            title={t("identityProviders.removeTitle", { name: removing()?.name ?? "" })}
            description={
              <p>{t("identityProviders.removeDescription", { owner: removing()?.ownerName ?? "" })}</p>
            }
            confirmLabel={t("identityProviders.remove")}
            tone="danger"
            onConfirm={remove}
          />
        </>
      )}
    </AsyncView>
  )
}
