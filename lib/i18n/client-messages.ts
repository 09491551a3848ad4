import type { Messages } from "./messages";

/**
 * The message namespaces components may read in the browser: the root layout hands only these
 * to the client (NextIntlClientProvider), so a page does not carry every page's words in its
 * HTML. Pages themselves (server components) read theirs on the server. A namespace a client
 * component uses that is missing here fails client-messages.test.ts.
 */
export const CLIENT_NAMESPACES = [
  "AdminUsers",
  "AnchorNotice",
  "Bands",
  "CaptureStatus",
  "ClaimDetail",
  "ClaimHeader",
  "ClaimHistory",
  "ClaimList",
  "ClaimPanel",
  "ClaimProgress",
  "ClaimSheet",
  "DeskSettings",
  "DetailsForm",
  "Discussion",
  "DocumentMeta",
  "DocumentTable",
  "ErrorPages",
  "FactCheckImport",
  "HandleForm",
  "ImportForm",
  "Jobs",
  "LanguageForm",
  "LanguageSelect",
  "Layout",
  "Legend",
  "Mentions",
  "NoteCard",
  "NoteForm",
  "Pager",
  "Publishing",
  "Reader",
  "ReaderMessages",
  "ReaderToolbar",
  "ReportPage",
  "Review",
  "ReviewQueue",
  "RevisionNav",
  "RevisionOutcome",
  "Roles",
  "Search",
  "SelectionControls",
  "SignIn",
  "SignUp",
  "SimilarFactChecks",
  "Statuses",
  "Strengths",
  "Suggestions",
  "SuggestionsModel",
  "Tokens",
  "VerdictSelect",
  "Verdicts",
  "WorkspaceForms",
  "WorkspaceRoles",
  "Workspaces",
] as const satisfies readonly (keyof Messages)[];

/** The part of a language's messages the browser needs. */
export function clientMessages(messages: Messages): Partial<Messages> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
