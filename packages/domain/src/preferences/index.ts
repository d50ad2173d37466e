export * from "./language.ts"
export * from "./notifications.ts"
export * from "./repository.ts"
export * from "./language-setting.ts"
