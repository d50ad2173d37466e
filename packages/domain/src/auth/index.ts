export * from "./auth.ts"
