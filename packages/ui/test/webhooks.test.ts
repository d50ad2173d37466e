import { WEBHOOK_EVENT_TYPES } from "@openpor/api-client"
import { describe, expect, it } from "vitest"
import { checkCatalog, lookupMessage, messageKeys } from "../src/i18n/catalog.ts"
import { messages } from "../src/webhooks/messages/index.ts"
import { eventKey, splitEventTypes } from "../src/webhooks/model.ts"

describe("webhook settings' strings", () => {
  it("have every English key, no extra keys, no empty strings and the same placeholders in all five languages", () => {
    expect(checkCatalog(messages)).toEqual([])
  })

  it("are translated: nothing left as the English text but words every language uses", () => {
    const keep = /^(Webhooks|URL|Status|Details|—|\{\{ ms \}\} ms)$/
    const left = (["de", "hu", "sv", "cs"] as const).flatMap((locale) =>
      messageKeys(messages.en)
        .filter((key) => {
          const english = lookupMessage(messages.en, key)!
          return lookupMessage(messages[locale], key) === english && !keep.test(english)
        })
        .map((key) => `${locale}: ${key}`)
    )
    expect(left).toEqual([])
  })

  it("name and explain exactly the event types of the client's vocabulary", () => {
    expect(Object.keys(messages.en.events).sort()).toEqual(WEBHOOK_EVENT_TYPES.map(eventKey).sort())
  })
})

describe("event types of the endpoint form", () => {
  it("keep the vocabulary's order and drop unknown types and the test event", () => {
    expect(splitEventTypes("dpor.added,nonsense,claim.status_changed,endpoint.test")).toEqual([
      "claim.status_changed",
      "dpor.added"
    ])
  })
})
