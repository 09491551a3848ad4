/** The "Workspace" a new document goes into: the workspaces where the person may add documents. */
export function WorkspaceSelect({
  workspaces,
  value,
  onChange,
}: {
  workspaces: { slug: string; name: string }[];
  value: string;
  onChange: (slug: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor="import-workspace">Workspace</label>
      <select id="import-workspace" name="workspace" value={value} onChange={(e) => onChange(e.target.value)}>
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
