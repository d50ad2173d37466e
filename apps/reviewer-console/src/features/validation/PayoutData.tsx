import { AsyncView, useSession } from "@openpor/ui"
import { createResource, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"

/** The bank and tax data an enrollment was submitted with (IBAN masked), as the operator validates it. */
export function PayoutData(props: { readonly enrollmentId: string }): JSX.Element {
  const t = useT()
  const { client } = useSession()
  const [data, { refetch }] = createResource(
    () => props.enrollmentId,
    (id) => client.GET("/api/v1/ops/enrollments/{id}/payout-data", { params: { path: { id } } })
  )
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd class="ops-wrap">{value}</dd>
    </div>
  )
  return (
    <AsyncView resource={data} retry={refetch}>
      {(value) => (
        <div class="stack">
          <h3 class="visually-hidden">{t("validation.data.title")}</h3>
          <p class="ops-data__heading">{t("validation.data.bank")}</p>
          <Show when={value.bank} fallback={<p>{t("validation.data.none")}</p>}>
            {(bank) => (
              <dl class="facts">
                {fact(t("validation.data.accountHolder"), bank().accountHolder)}
                {fact(t("validation.data.iban"), bank().ibanMasked)}
                {fact(t("validation.data.bic"), bank().bic)}
                {fact(t("validation.data.bankName"), bank().bankName)}
                {fact(t("validation.data.country"), bank().country)}
                {fact(t("validation.data.currency"), bank().currency)}
              </dl>
            )}
          </Show>
          <p class="ops-data__heading">{t("validation.data.tax")}</p>
          <Show when={value.tax} fallback={<p>{t("validation.data.none")}</p>}>
            {(tax) => (
              <dl class="facts">
                {fact(t("validation.data.legalName"), tax().legalName)}
                {fact(t("validation.data.taxId"), tax().taxId)}
                {fact(t("validation.data.country"), tax().country)}
                {fact(t("validation.data.address"), tax().address)}
              </dl>
            )}
          </Show>
        </div>
      )}
    </AsyncView>
  )
}
