import { useLocale, useTranslations } from "next-intl";
import { DOCUMENT_LANGUAGES, languageName } from "@/lib/text/direction";

/**
 * The document's language, when reading it from the text got it wrong: "Read from the text"
 * (the default), or one of the languages the reader knows, by name.
 */
export function LanguageSelect({
  detected,
  value,
  error,
  onChange,
}: {
  detected: string | null;
  value: string;
  error?: string;
  onChange: (language: string) => void;
}) {
  const t = useTranslations("LanguageSelect");
  const locale = useLocale();
  const options = DOCUMENT_LANGUAGES.map((tag) => ({ tag, name: languageName(tag, locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  return (
    <>
      <label htmlFor="doc-language">{t("label")}</label>
      <select
        id="doc-language"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`doc-language-hint${error ? " doc-language-error" : ""}`}
        aria-invalid={Boolean(error)}
      >
        <option value="">
          {detected ? t("readFromTextFound", { language: languageName(detected, locale) }) : t("readFromText")}
        </option>
        {options.map(({ tag, name }) => (
          <option key={tag} value={tag}>
            {name}
          </option>
        ))}
      </select>
      <p id="doc-language-hint" className="hint">
        {t("hint")}
      </p>
      {error && (
        <p id="doc-language-error" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
