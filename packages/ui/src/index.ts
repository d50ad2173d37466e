export { AppMessagesProvider, useAppMessages, type WebAppMessages } from "./app/messages.tsx"
export type { RouteComponent, RouterKit } from "./app/router.ts"
export { createWebApp, type WebAppOptions } from "./app/WebApp.tsx"
export { AppShell, type AppShellProps, useAppName } from "./components/AppShell.tsx"
export { AuthGate, type AuthGateProps, type SignedOutReason } from "./components/AuthGate.tsx"
export { HomePage, type HomePageProps } from "./components/HomePage.tsx"
export { LanguageSwitcher } from "./components/LanguageSwitcher.tsx"
export { MailboxView, useDevMailboxAvailable } from "./components/MailboxView.tsx"
export { NotFound } from "./components/NotFound.tsx"
export { errorText, Notice, type NoticeProps } from "./components/Notice.tsx"
export { PageHeading, type PageHeadingProps } from "./components/PageHeading.tsx"
export { RoleTags } from "./components/RoleTags.tsx"
export { Section, type SectionProps } from "./components/Section.tsx"
export { SignInForm, type SignInFormProps } from "./components/SignInForm.tsx"
export { SignInPage, type SignInPageProps } from "./components/SignInPage.tsx"
export { describeError, type ErrorMessage } from "./errors.ts"
export {
  type Catalog,
  type CatalogProblem,
  checkCatalog,
  type Messages,
  messageKeys
} from "./i18n/catalog.ts"
export {
  type LocaleContextValue,
  LocaleProvider,
  useLocale,
  useShared,
  useTranslator
} from "./i18n/context.tsx"
export { formatDateTime, formatList } from "./i18n/format.ts"
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_NAMES,
  LOCALE_STORAGE_KEY,
  LOCALES,
  type Locale,
  pickInitialLocale
} from "./i18n/locales.ts"
export { type SharedMessages, sharedMessages } from "./i18n/messages/index.ts"
export { roleLabel } from "./i18n/roles.ts"
export {
  parseSignInReason,
  SIGN_IN_PATH,
  type SignInReason,
  safeNextPath,
  signInPath,
  signInRedirectPath,
  stripBase
} from "./navigation.ts"
export { type SessionContextValue, SessionProvider, useCurrentUser, useSession } from "./session.tsx"
export { loadSession, type SessionState } from "./session-state.ts"
export { linkify, type TextPart } from "./text.ts"
