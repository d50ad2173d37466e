export * from "../src/testing.ts"
