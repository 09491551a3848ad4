import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own lint configuration, run on small components as they would be written: a
// visible word that does not go through next-intl fails, the same words through it pass.
const eslint = new ESLint({ cwd: process.cwd() });
const problems = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: "components/example-panel.tsx" });
  return result!.messages.filter((m) => m.ruleId === "i18next/no-literal-string").map((m) => m.line);
};

describe("interface strings", () => {
  it("fail lint when typed into JSX or into a label people read or hear", async () => {
    const code = [
      'import { useTranslations } from "next-intl";',
      "export function ExamplePanel({ count }: { count: number }) {",
      '  const t = useTranslations("Layout");',
      "  return (",
      '    <section aria-label="Claims">',
      "      <h2>Claims in this document</h2>",
      '      <input placeholder="Words in the quote" />',
      '      <p>{count === 1 ? "note" : "notes"}</p>',
      '      <p>{t("documents")} · {count}</p>',
      "    </section>",
      "  );",
      "}",
      "",
    ].join("\n");
    expect(await problems(code)).toEqual([5, 6, 7, 8, 8]);
  }, 60_000);

  it("pass when every word comes from the messages", async () => {
    const code = [
      'import { useTranslations } from "next-intl";',
      "export function ExamplePanel() {",
      '  const t = useTranslations("ClaimPanel");',
      '  return <section aria-label={t("label")} className="claim-panel">{t("allClaims")} ←</section>;',
      "}",
      "",
    ].join("\n");
    expect(await problems(code)).toEqual([]);
  }, 60_000);
});
