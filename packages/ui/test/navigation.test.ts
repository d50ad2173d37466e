import { describe, expect, it } from "vitest"
import {
  parseSignInReason,
  safeNextPath,
  signInPath,
  signInRedirectPath,
  stripBase
} from "../src/navigation.ts"

describe("safeNextPath", () => {
  it("keeps in-app paths with query and hash", () => {
    expect(safeNextPath("/mailbox")).toBe("/mailbox")
    expect(safeNextPath("/claims/c1?tab=history#comments")).toBe("/claims/c1?tab=history#comments")
  })

  it("rejects anything that could leave the app or loop", () => {
    for (const value of [
      undefined,
      null,
      42,
      ["/x"],
      "",
      "mailbox",
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "/sign-in",
      "/sign-in?next=/x",
      "/x\nSet-Cookie: a"
    ]) {
      expect(safeNextPath(value), String(value)).toBe("/")
    }
  })
})

describe("stripBase", () => {
  it("turns a browser path into a path inside the app", () => {
    expect(stripBase("/partner/mailbox", "/partner")).toBe("/mailbox")
    expect(stripBase("/partner/", "/partner/")).toBe("/")
    expect(stripBase("/partner", "/partner")).toBe("/")
    expect(stripBase("/Partner/x", "/partner")).toBe("/x")
    expect(stripBase("/partnership", "/partner")).toBe("/partnership")
    expect(stripBase("/x", "")).toBe("/x")
  })
})

describe("signInPath", () => {
  it("carries where to return to and why", () => {
    expect(signInPath()).toBe("/sign-in")
    expect(signInPath({ next: "/" })).toBe("/sign-in")
    expect(signInPath({ next: "/mailbox?x=1" })).toBe("/sign-in?next=%2Fmailbox%3Fx%3D1")
    expect(signInPath({ reason: "signed_out" })).toBe("/sign-in?reason=signed_out")
    expect(signInPath({ next: "//evil.example", reason: "expired" })).toBe("/sign-in?reason=expired")
  })

  it("parses the reason", () => {
    expect(parseSignInReason("expired")).toBe("expired")
    expect(parseSignInReason("signed_out")).toBe("signed_out")
    expect(parseSignInReason("other")).toBeUndefined()
    expect(parseSignInReason(["expired"])).toBeUndefined()
  })
})

describe("signInRedirectPath", () => {
  const location = { pathname: "/partner/mailbox", search: "?a=1", hash: "#m2" }

  it("brings the user back to where they were", () => {
    expect(signInRedirectPath("initial", location, "/partner")).toBe("/sign-in?next=%2Fmailbox%3Fa%3D1%23m2")
    expect(signInRedirectPath("expired", location, "/partner")).toBe(
      "/sign-in?next=%2Fmailbox%3Fa%3D1%23m2&reason=expired"
    )
    expect(signInRedirectPath("initial", { pathname: "/partner/", search: "", hash: "" }, "/partner")).toBe(
      "/sign-in"
    )
  })

  it("starts afresh after signing out on purpose", () => {
    expect(signInRedirectPath("signed_out", location, "/partner")).toBe("/sign-in?reason=signed_out")
  })
})
