"use client";

import { createContext, useContext, useEffect, useMemo } from "react";
import { setApiLanguage } from "@/components/api-client";
import type { Locale } from "@/lib/i18n/locales";
import { compileCatalog, translateWith, type ServerTextCatalog } from "@/lib/i18n/server-text/compile-catalog";

type Translate = (english: string) => string;
const asIs: Translate = (english) => english;

const ServerTextContext = createContext<Translate>(asIs);

/**
 * The page's translation of texts the server wrote in English (a claim's history, suggestion
 * reasons, what a form's own validation says): lib/i18n/server-text/. The layout passes the
 * browser's part of the catalog of the interface language (none for English).
 */
export function ServerTextProvider({
  locale,
  catalog,
  children,
}: {
  locale: Locale;
  catalog: ServerTextCatalog | null;
  children: React.ReactNode;
}) {
  const translate = useMemo<Translate>(() => {
    if (!catalog) return asIs;
    const compiled = compileCatalog(catalog, locale);
    return (english) => translateWith(compiled, english);
  }, [catalog, locale]);
  useEffect(() => setApiLanguage(locale, translate), [locale, translate]);
  return <ServerTextContext.Provider value={translate}>{children}</ServerTextContext.Provider>;
}

/** Translates a text the server wrote in English; what the catalog lacks (a name, a quote) stays as it is. */
export const useServerText = (): Translate => useContext(ServerTextContext);
