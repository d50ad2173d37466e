import { LocaleProvider, SessionProvider } from "@openpor/ui"
import { Route, Router } from "@solidjs/router"
import type { JSX } from "solid-js"
import { client } from "./api.ts"
import { Layout } from "./components/Layout.tsx"
import { Protected } from "./components/Protected.tsx"
import { BASE_PATH } from "./config.ts"
import { Home } from "./routes/Home.tsx"
import { Mailbox } from "./routes/Mailbox.tsx"
import { NotFound } from "./routes/NotFound.tsx"
import { SignIn } from "./routes/SignIn.tsx"

export function App(): JSX.Element {
  return (
    <LocaleProvider>
      <SessionProvider client={client}>
        <Router base={BASE_PATH} root={Layout}>
          <Route path="/sign-in" component={SignIn} />
          <Route component={Protected}>
            <Route path="/" component={Home} />
            <Route path="/mailbox" component={Mailbox} />
          </Route>
          <Route path="*404" component={NotFound} />
        </Router>
      </SessionProvider>
    </LocaleProvider>
  )
}
