import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test starts the API and Chromium.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
