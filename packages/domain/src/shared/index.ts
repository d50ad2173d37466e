export * from "./config.ts"
export * from "./errors.ts"
export * from "./lifecycle.ts"
export * from "./transactor.ts"
