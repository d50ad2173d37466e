export { AppMessagesProvider, useAppMessages, type WebAppMessages } from "./app/messages.tsx"
export type { RouteComponent, RouterKit } from "./app/router.ts"
export {
  type AppRoute,
  createWebApp,
  langParameter,
  RequireSignIn,
  type WebAppOptions
} from "./app/WebApp.tsx"
export { AppShell, type AppShellProps, useAppName } from "./components/AppShell.tsx"
export { AuthGate, type AuthGateProps, type SignedOutReason } from "./components/AuthGate.tsx"
export { ConfirmDialog, type ConfirmDialogProps, dialogFor } from "./components/ConfirmDialog.tsx"
export { type Column, DataTable, type DataTableProps } from "./components/DataTable.tsx"
export { Deadline, type DeadlineProps, useBusinessDaysLeft } from "./components/Deadline.tsx"
export { EmptyState, type EmptyStateProps } from "./components/EmptyState.tsx"
export { FormDialog, type FormDialogProps } from "./components/FormDialog.tsx"
export { HomePage, type HomePageProps } from "./components/HomePage.tsx"
export { InfoDialog, type InfoDialogProps } from "./components/InfoDialog.tsx"
export { LanguageSwitcher } from "./components/LanguageSwitcher.tsx"
export { MailboxView, useDevMailboxAvailable } from "./components/MailboxView.tsx"
export { NotFound } from "./components/NotFound.tsx"
export { errorText, Notice, type NoticeProps } from "./components/Notice.tsx"
export { PageHeading, type PageHeadingProps } from "./components/PageHeading.tsx"
export { RoleTags } from "./components/RoleTags.tsx"
export { Section, type SectionProps } from "./components/Section.tsx"
export { SignInForm, type SignInFormProps } from "./components/SignInForm.tsx"
export { SignInPage, type SignInPageProps } from "./components/SignInPage.tsx"
export { StatusTag, type Tone } from "./components/StatusTag.tsx"
export { showToast, ToastRegion, type ToastTone } from "./components/Toasts.tsx"
export { AsyncView, type AsyncViewProps } from "./data/AsyncView.tsx"
export {
  type ClaimComment,
  type ClaimHistoryEntry,
  createClaimComments,
  createClaimHistory,
  historyKey
} from "./data/claim-thread.ts"
export {
  createOlderEntries,
  type OlderEntries,
  OlderEntriesButton,
  type OlderEntriesButtonProps,
  type OlderEntriesOptions
} from "./data/older-entries.tsx"
export {
  type CursorPage,
  type CursorPager,
  createCursorPager,
  PagedView,
  PagerControls
} from "./data/pager.tsx"
export { describeError, type ErrorMessage } from "./errors.ts"
export { type ApiForm, type ApiFormOptions, createApiForm } from "./forms/api-form.tsx"
export { createCommentForm } from "./forms/comment-form.ts"
export { FormAlert, SubmitButton, TextAreaField, TextField, type TextFieldProps } from "./forms/fields.tsx"
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
export { formatDate, formatDateTime, formatList, pluralCategory } from "./i18n/format.ts"
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
