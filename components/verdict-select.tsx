import { useTranslations } from "next-intl";
import { VERDICTS, type Verdict } from "@/lib/verdicts";

interface Props {
  id: string;
  value: Verdict | "";
  onChange: (verdict: Verdict | "") => void;
  /** The message shown under the select, tied to it for assistive technology. */
  error?: string;
}

/** A labelled "Verdict" select over the whole scale, with its error message. Used by notes and final verdicts. */
export function VerdictSelect({ id, value, onChange, error }: Props) {
  const t = useTranslations("VerdictSelect");
  const verdictLabel = useTranslations("Verdicts");
  return (
    <>
      <label htmlFor={id}>{t("label")}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as Verdict | "")}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        required
      >
        <option value="">{t("choose")}</option>

        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {verdictLabel(v)}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
