/** Router base: the vite `base` ("/customer/") without its trailing slash. */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, "")
