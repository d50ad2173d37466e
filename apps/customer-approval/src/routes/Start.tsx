import { RequireSignIn } from "@openpor/ui"
import { useSearchParams } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { LinkRequest } from "./LinkRequest.tsx"
import { Requests } from "./Requests.tsx"

/**
 * The app's start page: with `?token=` (the signed link of the consent email) the one request of the link,
 * for anyone; otherwise the tenant admin's requests, after sign-in.
 */
export function Start(): JSX.Element {
  const [params] = useSearchParams()
  const token = () => (typeof params.token === "string" && params.token !== "" ? params.token : undefined)
  return (
    <Show
      when={token()}
      fallback={
        <RequireSignIn>
          <Requests />
        </RequireSignIn>
      }
    >
      {(value) => <LinkRequest token={value()} />}
    </Show>
  )
}
