import { onCleanup, onMount } from "solid-js"

/** Whether a key press belongs to a text field, a select or an open dialog (then shortcuts stay quiet). */
export const isTypingTarget = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return true
  return target.closest("[role='dialog'],[role='alertdialog']") !== null
}

/** A modal dialog is open somewhere on the page. */
const dialogOpen = () => document.querySelector("[role='dialog'],[role='alertdialog']") !== null

export type ShortcutMap = Readonly<Record<string, (() => void) | undefined>>

/**
 * Single-key shortcuts (`j`, `k`, `a`, `?`) and two-key sequences written "g q" (the second key within
 * 1.5 s), on the whole document while the calling component is mounted. Keys with Ctrl, Alt or Meta and
 * key presses in text fields or dialogs are left alone.
 */
export const useShortcuts = (shortcuts: () => ShortcutMap): void => {
  let pending: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return
    if (isTypingTarget(event.target) || dialogOpen()) return
    const map = shortcuts()
    const key = event.key
    // Enter on a link or button does what that control does.
    if (
      key === "Enter" &&
      event.target instanceof HTMLElement &&
      event.target.closest("a,button,summary,[role='button']")
    )
      return
    if (pending !== undefined) {
      const action = map[`${pending} ${key}`]
      pending = undefined
      if (timer !== undefined) clearTimeout(timer)
      if (action !== undefined) {
        event.preventDefault()
        action()
        return
      }
    }
    if (Object.keys(map).some((combo) => combo.startsWith(`${key} `))) {
      pending = key
      timer = setTimeout(() => {
        pending = undefined
      }, 1500)
      return
    }
    const action = map[key]
    if (action !== undefined) {
      event.preventDefault()
      action()
    }
  }
  onMount(() => document.addEventListener("keydown", onKey))
  onCleanup(() => {
    document.removeEventListener("keydown", onKey)
    if (timer !== undefined) clearTimeout(timer)
  })
}
