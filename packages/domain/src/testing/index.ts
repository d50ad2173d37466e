export * from "./fixtures.ts"
export * from "./layers.ts"
export * from "./memory/store.ts"
