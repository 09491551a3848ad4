import { getLocale } from "next-intl/server";
import { translateServerText } from "@/lib/i18n/server-text/translate-server-text";

/** For pages: texts the data layer wrote in English (refusals, event descriptions) in the reader's language. */
export async function getServerText(): Promise<(english: string) => string> {
  const locale = await getLocale();
  return (english) => translateServerText(english, locale);
}
