import { describe, expect, it } from "vitest"
import { DOMAIN_PATTERN, emailDomain, issuerProblem, secretHintOf } from "../src/sso/index.ts"

describe("single sign-on: the operators' input rules (decision 026)", () => {
  it("an issuer is https; http only for localhost and 127.0.0.1 outside production; no query, fragment or credentials", () => {
    expect(issuerProblem("https://login.microsoftonline.com/0000/v2.0", false)).toBeUndefined()
    expect(issuerProblem("https://tenant.auth0.com/", false)).toBeUndefined()
    expect(issuerProblem("http://127.0.0.1:4000", true)).toBeUndefined()
    expect(issuerProblem("http://localhost:4000", true)).toBeUndefined()
    expect(issuerProblem("http://127.0.0.1:4000", false)).toBe("The issuer must use https")
    expect(issuerProblem("http://login.example.com", true)).toMatch(/https \(http only for localhost\)/)
    expect(issuerProblem("https://login.example.com/?tenant=1", false)).toMatch(/no query/)
    expect(issuerProblem("https://user:pw@login.example.com", false)).toMatch(/credentials/)
    expect(issuerProblem("login.example.com", false)).toMatch(/must be a URL/)
  })

  it("an email's domain, lower case; domains as operators enter them", () => {
    expect(emailDomain(" Ian@Contoso.Example ")).toBe("contoso.example")
    expect(emailDomain("no-at-sign")).toBeUndefined()
    expect(emailDomain("@contoso.example")).toBeUndefined()
    for (const ok of ["contoso.example", "mail.contoso.co.uk", "x-y.io"])
      expect(DOMAIN_PATTERN.test(ok)).toBe(true)
    for (const bad of ["contoso", "-contoso.com", "contoso..com", "not a domain", "contoso.com."])
      expect(DOMAIN_PATTERN.test(bad), bad).toBe(false)
  })

  it("the secret's hint is its last four characters only", () => {
    expect(secretHintOf("test-client-secret-7f3a")).toBe("…7f3a")
  })
})
