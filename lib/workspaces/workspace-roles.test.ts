import { describe, expect, it } from "vitest";
import { accessRoleOf, hasWorkspaceRole, rolesFrom, workspaceRoleOf } from "./workspace-roles";

describe("workspace roles", () => {
  it("orders the roles from Viewer to Admin", () => {
    expect(rolesFrom("EDITOR")).toEqual(["EDITOR", "ADMIN"]);
    expect(rolesFrom("VIEWER")).toEqual(["VIEWER", "CHECKER", "EDITOR", "ADMIN"]);
    expect(hasWorkspaceRole("ADMIN", "EDITOR")).toBe(true);
    expect(hasWorkspaceRole("CHECKER", "EDITOR")).toBe(false);
    expect(hasWorkspaceRole(null, "VIEWER")).toBe(false);
  });

  it("maps the account roles from before workspaces, and names roles in sentences", () => {
    expect([workspaceRoleOf("ANNOTATOR"), workspaceRoleOf("REVIEWER"), workspaceRoleOf("ADMIN")]).toEqual([
      "CHECKER",
      "EDITOR",
      "ADMIN",
    ]);
    expect(accessRoleOf(workspaceRoleOf("REVIEWER"))).toBe("REVIEWER");
    expect([accessRoleOf("VIEWER"), accessRoleOf(null)]).toEqual(["VIEWER", "READER"]);
  });
});
