/** Router base: the vite `base` ("/review/") without its trailing slash. */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, "")
