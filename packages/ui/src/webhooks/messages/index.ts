import type { Catalog } from "../../i18n/catalog.ts"
import { cs } from "./cs.ts"
import { de } from "./de.ts"
import { en, type WebhooksMessages } from "./en.ts"
import { hu } from "./hu.ts"
import { sv } from "./sv.ts"

export type { WebhooksMessages }
/** The webhook settings' strings in the five languages (checked complete by test/webhooks.test.ts). */
export const messages: Catalog<WebhooksMessages> = { en, de, hu, sv, cs }
