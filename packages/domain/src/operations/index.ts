export * from "./eligibility.ts"
export * from "./errors.ts"
export * from "./operator-tools.ts"
export * from "./payout-data.ts"
