import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/messages";

/** A page's title in the reader's language (the root layout adds " · Claimmark"). */
export async function pageTitle(key: keyof Messages["Titles"] & string): Promise<Metadata> {
  const t = await getTranslations("Titles");
  return { title: t(key) };
}
