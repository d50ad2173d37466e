export * from "./outbox.ts"
