export * from "./errors.ts"
export * from "./transactor.ts"
