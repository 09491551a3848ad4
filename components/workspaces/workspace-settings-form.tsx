"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Visibility } from "@/lib/workspaces/visibility";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

interface Settings {
  slug: string;
  name: string;
  visibility: Visibility;
  shareFactChecks: boolean;
}

/** A workspace's settings (its Admins): name, visibility, fact-check sharing; and "Archive workspace". */
export function WorkspaceSettingsForm({ initial }: { initial: Settings }) {
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [visibility, setVisibility] = useState(initial.visibility);
  const [share, setShare] = useState(initial.shareFactChecks);
  const [status, setStatus] = useState<string | null>(null);
  const { errors, setErrors, clear } = useFieldErrors();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = await callApi(`/api/workspaces/${initial.slug}`, "PATCH", {
      name,
      visibility,
      shareFactChecks: share,
    });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setStatus(result.message);
      return;
    }
    setStatus("Saved.");
    router.refresh();
  };

  const archive = async () => {
    const result = await callApi(`/api/workspaces/${initial.slug}/archive`, "POST", { archived: true });
    if (!result.ok) setStatus(result.message);
    else router.push("/workspaces");
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <form onSubmit={save} noValidate className="stacked-form">
        <TextField
          id="settings-name"
          label="Name"
          value={name}
          onChange={(value) => (setName(value), clear("name"))}
          error={errors.name}
        />
        <div className="field">
          <label htmlFor="settings-visibility">Visibility</label>
          <select
            id="settings-visibility"
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            <option value="PRIVATE">Private</option>
            <option value="OPEN">Open</option>
          </select>
        </div>
        <label>
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} /> Share published
          fact-checks with the other desks on this Claimmark (for “Already fact-checked?”)
        </label>
        <button type="submit">Save settings</button>
        {status && (
          <p role={status === "Saved." ? "status" : "alert"} className={status === "Saved." ? "hint" : "error"}>
            {status}
          </p>
        )}
      </form>
      <p>
        Archiving makes the workspace read-only and hides it from lists; nothing is deleted, and a site administrator
        can restore it.{" "}
        <button type="button" className="secondary" onClick={archive}>
          Archive workspace
        </button>
      </p>
    </section>
  );
}
