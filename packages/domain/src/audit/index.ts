export * from "./audit.ts"
