export * from "./fixtures.ts"
export * from "./job-handlers.ts"
export * from "./layers.ts"
export * from "./memory/store.ts"
