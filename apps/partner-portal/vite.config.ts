import { defineConfig } from "vite"
import solid from "vite-plugin-solid"

// Served by the API at http://localhost:3000/partner/; in `vite` dev mode, /api is proxied to the API.
export default defineConfig({
  base: "/partner/",
  plugins: [solid()],
  server: {
    port: 5173,
    strictPort: false,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } }
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" }
})
