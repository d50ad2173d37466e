import type { ApiClient, ResponseOf } from "@openpor/api-client"

export type BankProfile = ResponseOf<"listBankProfiles">["bankProfiles"][number]
export type TaxProfile = ResponseOf<"listTaxProfiles">["taxProfiles"][number]
export type PayoutDefaults = ResponseOf<"getPayoutDefaults">

export interface PayoutData {
  readonly bank: readonly BankProfile[]
  readonly tax: readonly TaxProfile[]
  /** The payout defaults of each location where the user is Incentives admin, by location id. */
  readonly defaults: ReadonlyMap<string, PayoutDefaults>
}

export const loadPayout = async (client: ApiClient, locationIds: readonly string[]): Promise<PayoutData> => {
  const [bank, tax, ...defaults] = await Promise.all([
    client.GET("/api/v1/bank-profiles"),
    client.GET("/api/v1/tax-profiles"),
    ...locationIds.map((locationId) =>
      client.GET("/api/v1/locations/{locationId}/payout-defaults", { params: { path: { locationId } } })
    )
  ])
  return {
    bank: bank.bankProfiles,
    tax: tax.taxProfiles,
    defaults: new Map(locationIds.map((id, index) => [id, defaults[index]!]))
  }
}

/** Only what changed (the API validates every change again); `undefined` when nothing did. */
export const changedFields = <T extends Record<string, string>>(
  before: Readonly<Record<string, unknown>>,
  after: T,
  keepWhenBlank: readonly (keyof T)[] = []
): Partial<T> | undefined => {
  const changes: Partial<T> = {}
  for (const [key, value] of Object.entries(after) as [keyof T & string, string][]) {
    if (keepWhenBlank.includes(key) && value.trim() === "") continue
    if (before[key] !== value) changes[key] = value as T[keyof T & string]
  }
  return Object.keys(changes).length === 0 ? undefined : changes
}

export const stateTone = (state: string): "success" | "danger" | "info" =>
  state === "approved" ? "success" : state === "action_required" ? "danger" : "info"
