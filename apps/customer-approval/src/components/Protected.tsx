import { AuthGate, signInRedirectPath } from "@openpor/ui"
import { type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router"
import type { JSX } from "solid-js"
import { BASE_PATH } from "../config.ts"

/** Routes below this one need a signed-in user; others are sent to sign-in and brought back afterwards. */
export function Protected(props: RouteSectionProps): JSX.Element {
  const navigate = useNavigate()
  const location = useLocation()
  return (
    <AuthGate
      onSignedOut={(reason) => navigate(signInRedirectPath(reason, location, BASE_PATH), { replace: true })}
    >
      {props.children}
    </AuthGate>
  )
}
