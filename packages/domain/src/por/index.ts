export * from "./model.ts"
export * from "./por-service.ts"
export * from "./errors.ts"
export * from "./history-import.ts"
