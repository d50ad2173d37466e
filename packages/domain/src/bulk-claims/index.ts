export * from "./bulk-import.ts"
export * from "./model.ts"
export * from "./rows.ts"
export * from "./views.ts"
