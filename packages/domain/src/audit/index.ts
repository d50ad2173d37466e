export * from "./audit.ts"
export * from "./audit-query.ts"
