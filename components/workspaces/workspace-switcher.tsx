import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * The header's switcher: a disclosure naming the current workspace, opening onto the others the
 * person is in. Not a select, and no "workspace" in any accessible name of the header, so the
 * "Workspace" field of a form on the page is the only control that answers to that name.
 */
export function WorkspaceSwitcher({
  workspaces,
  current,
}: {
  workspaces: { slug: string; name: string }[];
  current: string | null;
}) {
  const t = useTranslations("Layout");
  if (workspaces.length === 0) return null;
  const currentName = workspaces.find((w) => w.slug === current)?.name;
  return (
    <details className="workspace-switcher">
      <summary>{currentName ?? t("yourDesks")}</summary>
      <ul>
        {workspaces.map((w) => (
          <li key={w.slug}>
            <Link href={`/workspaces/${w.slug}`} aria-current={w.slug === current ? "true" : undefined}>
              {w.name}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/workspaces">{t("allWorkspaces")}</Link>
        </li>
      </ul>
    </details>
  );
}
