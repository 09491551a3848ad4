import { useTranslations } from "next-intl";

/** A form's "Workspace" field: where a new document goes, which workspace a token answers within. */
export function WorkspaceSelect({
  id,
  workspaces,
  value,
  onChange,
}: {
  id: string;
  workspaces: { slug: string; name: string }[];
  value: string;
  onChange: (slug: string) => void;
}) {
  const t = useTranslations("WorkspaceForms");
  return (
    <div className="field">
      <label htmlFor={id}>{t("workspace")}</label>
      <select id={id} name="workspace" value={value} onChange={(e) => onChange(e.target.value)}>
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
