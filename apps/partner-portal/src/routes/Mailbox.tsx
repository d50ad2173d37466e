import { MailboxView } from "@openpor/ui"
import type { JSX } from "solid-js"

export function Mailbox(): JSX.Element {
  return <MailboxView />
}
