export * from "./language.ts"
export * from "./language-setting.ts"
export * from "./notifications.ts"
export * from "./repository.ts"
