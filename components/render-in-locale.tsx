import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { browserCatalogFor } from "@/lib/i18n/server-text/translate-server-text";
import { ServerTextProvider } from "./i18n/server-text";

/** For unit tests: a component's HTML as a person reading the interface in `locale` gets it. */
export function renderInLocale(element: ReactElement, locale: Locale = "en"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      <ServerTextProvider locale={locale} catalog={browserCatalogFor(locale)}>
        {element}
      </ServerTextProvider>
    </NextIntlClientProvider>,
  );
}
