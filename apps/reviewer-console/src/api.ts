import { createClient } from "@openpor/api-client"

/** The API is served from the same origin as the app (the vite dev server proxies /api). */
export const client = createClient()
