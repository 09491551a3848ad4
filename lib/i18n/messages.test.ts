import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "./locales";
import { messagesFor } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments ("{count}", "{count, plural, …}") and rich-text tags ("<link>") a message uses. */
function slots(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      found.add(`{${element.value}}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(`{${element.value}}`);
      for (const option of Object.values(element.options)) slots(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      slots(element.children, found);
    }
  }
  return found;
}

const english = flatten(messagesFor("en") as unknown as Tree);
const translations = LOCALES.filter((l) => l !== "en");

// Messages that may read the same as English: names, formats and code shown as they are, punctuation
// that is the same in the language, and words Spanish shares with English ("URL", "Editor", "Original").
const MAY_MATCH_ENGLISH = new Set([
  "ImportForm.markdown",
  "SuggestionsModel.f1",
  "Tokens.read",
  "Tokens.write",
  "Compare.end",
  "Publishing.claimDateHint",
  "RevisionOutcome.separator",
  "ClaimDetail.separator",
  "Review.separator",
  "ReviewQueue.separator",
  "Layout.tokens",
  "Tokens.token",
  "ImportForm.url",
  "DocumentMeta.original",
  "WorkspaceRoles.EDITOR",
  "Report.original",
  "Report.proposal",
  "Report.filePdf",
  "Report.separator",
]);

describe.each(translations)("the %s messages", (locale: Locale) => {
  const messages = flatten(messagesFor(locale) as unknown as Tree);

  it("have every English key and no other", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("parse, and use exactly the arguments and tags of the English message", () => {
    for (const [key, source] of english) {
      const translated = messages.get(key)!;
      const expected = [...slots(parse(source))].sort();
      expect({ key, slots: [...slots(parse(translated))].sort() }).toEqual({ key, slots: expected });
    }
  });

  it("are translated: a message the same as English is one of the few names, codes and shared words", () => {
    const same = [...english].filter(([key, text]) => messages.get(key) === text).map(([key]) => key);
    expect(same.filter((key) => !MAY_MATCH_ENGLISH.has(key))).toEqual([]);
  });
});

describe("messages as people read them", () => {
  const t = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale) });

  it("count in each language's plural forms", () => {
    expect(t("en")("ClaimList.notes", { count: 1 })).toBe("1 note");
    expect(t("en")("ClaimList.notes", { count: 3 })).toBe("3 notes");
    expect(t("es")("ClaimList.notes", { count: 3 })).toBe("3 notas");
    expect(t("ar")("ClaimList.notes", { count: 2 })).toBe("ملاحظتان");
    expect(t("ar")("ClaimList.notes", { count: 5 })).toBe("5 ملاحظات");
    expect(t("ar")("ClaimList.notes", { count: 11 })).toBe("11 ملاحظة");
  });

  it("say what a new version did to the claims, only the parts that happened", () => {
    const en = t("en");
    const parts = [
      en("RevisionOutcome.unchanged", { count: 12 }),
      en("RevisionOutcome.reworded", { count: 3 }),
      en("RevisionOutcome.orphaned", { count: 1 }),
    ].join(en("RevisionOutcome.separator"));
    expect(en("RevisionOutcome.summary", { revision: 2, parts })).toBe(
      "Revision 2: 12 unchanged, 3 reworded — check their verdicts, 1 orphaned — re-attach it from the list.",
    );
    expect(en("RevisionOutcome.reworded", { count: 1 })).toBe("1 reworded — check its verdict");
    expect(en("RevisionOutcome.nothingMoved", { revision: 2 })).toMatch(/no claims to move/);
  });

  it("read the review queue's count line in words", () => {
    const line = (locale: Locale, total: number, more: boolean, pages: number | null) =>
      t(locale)("ReviewPage.countLine", {
        more: more ? "yes" : "no",
        total,
        mine: "no",
        page: 1,
        pages: pages === null ? "unknown" : String(pages),
      });
    expect(line("en", 1, false, 1)).toBe("1 claim. Page 1 of 1.");
    expect(line("en", 12000, true, null)).toBe("More than 12,000 claims. Page 1.");
    expect(line("es", 3, false, 2)).toBe("3 afirmaciones. Página 1 de 2.");
  });
});
