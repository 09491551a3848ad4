import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chooseLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPreferences } from "../session";

/**
 * next-intl's per-request configuration (named in next.config.js): the interface language is the
 * person's "Language" choice, else their browser's. No locale in the address: a link shared
 * between an English and a Spanish reader opens the same page, each in their own language.
 */
export default getRequestConfig(async () => {
  const locale = chooseLocale((await getPreferences()).locale, (await headers()).get("accept-language"));
  // Dates print in UTC everywhere, so the server's and the browser's renderings agree.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
