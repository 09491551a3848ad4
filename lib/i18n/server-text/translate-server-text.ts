import type { Locale } from "../locales";
import { messagesFor } from "../messages";
import ar from "./ar.json";
import browserAr from "./browser/ar.json";
import browserEs from "./browser/es.json";
import { compileCatalog, translateWith, type CompiledCatalog, type ServerTextCatalog } from "./compile-catalog";
import es from "./es.json";

/**
 * Each language's catalog of the server's texts, English the source (compile-catalog.ts says how
 * it reads), in two parts: what pages also translate in the browser (browser/: validation the
 * forms run before sending, a claim's history, suggestion reasons, capture failures), sent with
 * every page; and the refusals the API translates before answering, which stay on the server.
 */
const BROWSER_CATALOGS: Record<Exclude<Locale, "en">, ServerTextCatalog> = { es: browserEs, ar: browserAr };
const SERVER_CATALOGS: Record<Exclude<Locale, "en">, ServerTextCatalog> = { es, ar };

/** Labels the server writes into its texts ("from Mixed to False"): the interface's own words for them. */
const LABEL_NAMESPACES = ["Verdicts", "Statuses", "Roles", "WorkspaceRoles"] as const;

function labelsIn(locale: Locale): Record<string, string> {
  const english = messagesFor("en");
  const translated = messagesFor(locale);
  const labels: Record<string, string> = {};
  for (const namespace of LABEL_NAMESPACES)
    for (const [key, label] of Object.entries(english[namespace]))
      labels[label] = (translated[namespace] as Record<string, string>)[key]!;
  return labels;
}

const browserCatalogs = new Map<Locale, ServerTextCatalog | null>();

/**
 * What the browser translates in one language, with the interface's labels (null for English, the
 * source); made once per language, since every page's layout asks for it.
 */
export function browserCatalogFor(locale: Locale): ServerTextCatalog | null {
  if (!browserCatalogs.has(locale))
    browserCatalogs.set(locale, locale === "en" ? null : { ...labelsIn(locale), ...BROWSER_CATALOGS[locale] });
  return browserCatalogs.get(locale) ?? null;
}

/** Every server text of one language (null for English). */
export function serverTextCatalogFor(locale: Locale): ServerTextCatalog | null {
  return locale === "en" ? null : { ...browserCatalogFor(locale), ...SERVER_CATALOGS[locale] };
}

const compiled = new Map<Locale, CompiledCatalog | null>();

/** A server text in the reader's language (lib/i18n/server-text/{es,ar}.json). */
export function translateServerText(english: string, locale: Locale): string {
  if (!compiled.has(locale)) {
    const catalog = serverTextCatalogFor(locale);
    compiled.set(locale, catalog && compileCatalog(catalog, locale));
  }
  const catalog = compiled.get(locale);
  return catalog ? translateWith(catalog, english) : english;
}
