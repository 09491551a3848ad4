import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "../locales";

/**
 * What the server writes in words (refusals, validation messages, the history of a claim) is
 * written in English where it is decided, deep in lib/, and translated on its way out, the way
 * gettext does it: each language's catalog maps the English text to its translation. What
 * varies in a text is a {placeholder} in the catalog's English ("{what} was not found."), and
 * an English text is read back against those patterns, so the code that refuses need not know
 * who will read the refusal. Translations are ICU messages: a number read back can choose a
 * plural form. A text the catalog lacks stays English, never blank. This file has no catalog in
 * it, so the browser can use it with only its own language's (translate-server-text.ts).
 */
export type ServerTextCatalog = Readonly<Record<string, string>>;

interface Pattern {
  regex: RegExp;
  names: string[];
  format: IntlMessageFormat;
}

export interface CompiledCatalog {
  exact: Map<string, IntlMessageFormat>;
  /** Longest fixed text first, so "Claim {id} was not found." wins over "{what} was not found.". */
  patterns: Pattern[];
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileCatalog(catalog: ServerTextCatalog, locale: Locale): CompiledCatalog {
  const exact = new Map<string, IntlMessageFormat>();
  const patterns: (Pattern & { fixed: number })[] = [];
  for (const [english, translation] of Object.entries(catalog)) {
    // Plain text: "<slug>" in a text is words, not a tag.
    const format = new IntlMessageFormat(translation, locale, undefined, { ignoreTag: true });
    const names = [...english.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    if (names.length === 0) {
      exact.set(english, format);
      continue;
    }
    const parts = english.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
    const regex = new RegExp(`^${parts.map(escapeRegex).join("(.+?)")}$`, "su");
    patterns.push({ regex, names, format, fixed: parts.join("").length });
  }
  patterns.sort((a, b) => b.fixed - a.fixed);
  return { exact, patterns };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The English text in the catalog's language; the English itself when the catalog lacks it. */
export function translateWith(compiled: CompiledCatalog, english: string): string {
  const exact = compiled.exact.get(english);
  if (exact) return String(exact.format());
  for (const { regex, names, format } of compiled.patterns) {
    const found = regex.exec(english);
    if (!found) continue;
    const values: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const value = found[i + 1]!;
      // A label read back ("Mostly true") is translated too; a number can choose a plural form.
      const label = compiled.exact.get(value);
      values[name] = label ? String(label.format()) : NUMBER.test(value) ? Number(value) : value;
    });
    return String(format.format(values));
  }
  return english;
}
