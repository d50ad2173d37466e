export * from "./model.ts"
export * from "./por-service.ts"
