export * from "./errors.ts"
export * from "./history-import.ts"
export * from "./model.ts"
export * from "./por-service.ts"
