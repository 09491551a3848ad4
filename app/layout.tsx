import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import type { Messages } from "@/lib/i18n/messages";
import { directionOf } from "@/lib/i18n/locales";
import { browserCatalogFor } from "@/lib/i18n/server-text/translate-server-text";
import { ServerTextProvider } from "@/components/i18n/server-text";
import { SiteMenu } from "@/components/site-menu";
import { countAssignedOpenClaims } from "@/lib/data/review/assigned-count";
import { countUnreadMentions } from "@/lib/data/notes/inbox";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";
import { isAdmin } from "@/lib/roles";
import { reviewsAnywhere } from "@/lib/data/workspaces/scope";
import { memberWorkspaces } from "@/lib/data/workspaces/workspaces";
import { currentWorkspaceSlug } from "@/server/current-workspace";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ReviewCount } from "@/components/review-count";
import { UnreadBadge, UnreadCountProvider } from "@/components/inbox/unread-count";
// Fonts ship with the app (@fontsource, OFL-1.1), never from a CDN: Inter for the interface,
// Source Serif 4 for the documents people read, and Noto Sans for the scripts neither covers
// (Greek and Cyrillic, Chinese, Korean, Arabic, Hebrew, Devanagari, Thai; the PDF embeds the same,
// server/report-fonts.ts). Each file is split by Unicode range, so a page downloads only the
// ranges its text uses.
import "@fontsource/inter/400.css";
import "@fontsource/inter/600.css";
import "@fontsource/source-serif-4/400.css";
import "@fontsource/source-serif-4/400-italic.css";
import "@fontsource/source-serif-4/600.css";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-kr/400.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-hebrew/400.css";
import "@fontsource/noto-sans-devanagari/400.css";
import "@fontsource/noto-sans-thai/400.css";
import "./globals.css";

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Layout");
  return { title: { default: "Claimmark", template: "%s · Claimmark" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  const db = await getDb();
  const [assigned, unread, workspaces, current] = actor
    ? await Promise.all([
        reviewsAnywhere(actor) ? countAssignedOpenClaims(db, actor) : 0,
        countUnreadMentions(db, actor),
        memberWorkspaces(db, actor),
        currentWorkspaceSlug(),
      ])
    : [0, 0, [], null];
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("Layout"), getMessages()]);
  // The interface's language and direction: Arabic mirrors the whole page. Documents set their own
  // per block in the reader, whatever the interface speaks.
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* Only what components read in the browser, not every page's words. */}
        <NextIntlClientProvider messages={clientMessages(messages as Messages)}>
          <ServerTextProvider locale={locale} catalog={browserCatalogFor(locale)}>
            <a className="skip-link" href="#content">
              {t("skipToContent")}
            </a>
            <UnreadCountProvider initial={unread} signedIn={Boolean(actor)}>
              <header className="site-header">
                <Link href="/" className="brand">
                  Claimmark
                </Link>
                <SiteMenu>
                  <Link href="/">{t("documents")}</Link>
                  <Link href="/workspaces">{t("workspaces")}</Link>
                  <Link href="/search">{t("search")}</Link>
                  {actor && reviewsAnywhere(actor) && (
                    <Link href="/review">
                      {t("review")} <ReviewCount count={assigned} />
                    </Link>
                  )}
                  {actor && (
                    <Link href="/inbox">
                      {t("inbox")} <UnreadBadge />
                    </Link>
                  )}
                  {actor && <Link href="/settings/tokens">{t("tokens")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/users">{t("users")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/audit">{t("auditLog")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/fact-checks">{t("factChecks")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/suggestions">{t("suggestions")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/jobs">{t("jobs")}</Link>}
                  {actor && isAdmin(actor.role) && <Link href="/admin/settings">{t("deskSettings")}</Link>}
                </SiteMenu>
                <div className="account">
                  {actor ? (
                    <>
                      <WorkspaceSwitcher workspaces={workspaces} current={current} />
                      {/* Your own profile: your handle, and where you change it. */}
                      <Link href={`/users/${actor.id}`} className="account-name">
                        {actor.name}
                      </Link>
                      <SignOutButton />
                    </>
                  ) : (
                    <Link href="/signin" className="button-link">
                      {t("signIn")}
                    </Link>
                  )}
                </div>
              </header>
            </UnreadCountProvider>
            <div id="content">{children}</div>
          </ServerTextProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
