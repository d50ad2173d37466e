import { Context } from "effect"

/** Facts about the running deployment that workflows need (links in emails). */
export interface AppSettings {
  /** Base URL of the API and the web apps, without a trailing slash. */
  readonly publicUrl: string
}

/** The application's settings the domain reads ({@link AppSettings}: the public URL used in email links). */
export const AppConfig = Context.Reference<AppSettings>("@openpor/domain/shared/AppConfig", {
  defaultValue: () => ({ publicUrl: "http://localhost:3000" })
})
