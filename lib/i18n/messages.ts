import type { Locale } from "./locales";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import es from "./messages/es.json";

/** The interface's strings, English the source: every other language has exactly its keys (messages.test.ts). */
export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, es, ar };

export const messagesFor = (locale: Locale): Messages => MESSAGES[locale];
