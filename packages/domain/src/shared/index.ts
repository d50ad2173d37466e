export * from "./config.ts"
export * from "./errors.ts"
export * from "./transactor.ts"
export * from "./lifecycle.ts"
