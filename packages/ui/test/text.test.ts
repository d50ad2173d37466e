import { describe, expect, it } from "vitest"
import { linkify } from "../src/text.ts"

describe("linkify", () => {
  it("returns plain text unchanged", () => {
    expect(linkify("Hello\nworld")).toEqual([{ kind: "text", text: "Hello\nworld" }])
    expect(linkify("")).toEqual([])
  })

  it("finds http(s) links and leaves sentence punctuation outside", () => {
    const text = "Decline here: http://localhost:3000/customer/requests?token=abc.def. Thanks"
    expect(linkify(text)).toEqual([
      { kind: "text", text: "Decline here: " },
      {
        kind: "link",
        href: "http://localhost:3000/customer/requests?token=abc.def",
        text: "http://localhost:3000/customer/requests?token=abc.def"
      },
      { kind: "text", text: ". Thanks" }
    ])
  })

  it("keeps balanced parentheses and drops an enclosing one", () => {
    expect(linkify("(see https://en.wikipedia.org/wiki/Foo_(bar))")).toEqual([
      { kind: "text", text: "(see " },
      {
        kind: "link",
        href: "https://en.wikipedia.org/wiki/Foo_(bar)",
        text: "https://en.wikipedia.org/wiki/Foo_(bar)"
      },
      { kind: "text", text: ")" }
    ])
  })

  it("handles several links and ignores other schemes", () => {
    const parts = linkify("a https://x.example b https://y.example/p\nftp://z.example mailto:q@x.example")
    expect(parts.filter((part) => part.kind === "link").map((part) => part.text)).toEqual([
      "https://x.example",
      "https://y.example/p"
    ])
    expect(parts.map((part) => part.text).join("")).toBe(
      "a https://x.example b https://y.example/p\nftp://z.example mailto:q@x.example"
    )
  })

  it("ignores a bare scheme", () => {
    expect(linkify("https://.")).toEqual([{ kind: "text", text: "https://." }])
  })
})
