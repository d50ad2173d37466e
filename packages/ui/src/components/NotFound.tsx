import type { JSX } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import { PageHeading } from "./PageHeading.tsx"

/** Page for unknown routes; `homeLink` is the app's router link to its start page. */
export function NotFound(props: { readonly homeLink: (label: string) => JSX.Element }): JSX.Element {
  const { t } = useShared()
  return (
    <section class="stack">
      <PageHeading>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>{props.homeLink(t("notFound.home"))}</p>
    </section>
  )
}
