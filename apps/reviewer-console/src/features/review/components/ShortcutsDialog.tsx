import { InfoDialog } from "@openpor/ui"
import { For, type JSX } from "solid-js"
import { useReviewT } from "../lib/i18n.ts"

/** The `?` overlay: every keyboard shortcut of the console. */
export function ShortcutsDialog(props: {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
}): JSX.Element {
  const t = useReviewT()
  const rows = (): readonly (readonly [readonly string[], string])[] => [
    [["j"], t("shortcuts.next")],
    [["k"], t("shortcuts.previous")],
    [["Enter"], t("shortcuts.openClaim")],
    [["a"], t("shortcuts.approve")],
    [["r"], t("shortcuts.reject")],
    [["i"], t("shortcuts.requestInfo")],
    [["g", "q"], t("shortcuts.toQueue")],
    [["?"], t("shortcuts.help")]
  ]
  return (
    <InfoDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t("shortcuts.title")}
      description={t("shortcuts.intro")}
    >
      <dl class="shortcut-list">
        <For each={rows()}>
          {([keys, label]) => (
            <div>
              <dt>
                <For each={keys}>{(key) => <kbd>{key}</kbd>}</For>
              </dt>
              <dd>{label}</dd>
            </div>
          )}
        </For>
      </dl>
    </InfoDialog>
  )
}
