import { type Accessor, createSignal, onCleanup } from "solid-js"

/** Whether the CSS media query matches now; follows changes (e.g. a resized window). */
export const createMediaQuery = (query: string): Accessor<boolean> => {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => false
  const list = window.matchMedia(query)
  const [matches, setMatches] = createSignal(list.matches)
  const change = (event: MediaQueryListEvent) => setMatches(event.matches)
  list.addEventListener("change", change)
  onCleanup(() => list.removeEventListener("change", change))
  return matches
}
