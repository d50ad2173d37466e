import { webAppConfig } from "@openpor/ui/build/vite.ts"
import { defineConfig } from "vite"
import solid from "vite-plugin-solid"
import { en } from "./src/i18n/messages/en.ts"

// Served by the API at http://localhost:3000/partner/; settings and page (around index.html) in @openpor/ui.
export default defineConfig(
  webAppConfig({ base: "/partner/", name: en.app.name, devPort: 5173, plugins: [solid()] })
)
