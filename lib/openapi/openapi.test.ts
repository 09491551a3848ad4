import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { OPERATIONS, UNDOCUMENTED_ROUTES } from "./operations";
import { openApiDocument } from "./spec";
import { API_ROOT as apiRoot, routeOperations as routeFiles, routePathOf } from "./route-operations";

/** Every "METHOD /api/path" a route file under app/api exports. */
const routeOperations = () => routeFiles().map((r) => r.operation);

/** Each exported method's declared caller ("anyone", "user", "reviewer", "admin"), by "METHOD /api/path". */
function declaredCallers(dir = apiRoot): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of declaredCallers(full)) found.set(k, v);
    else if (entry.name === "route.ts") {
      const text = fs.readFileSync(full, "utf8");
      const route = routePathOf(path.dirname(full));
      for (const chunk of text.split(/(?=export (?:const|async function) (?:GET|POST|PUT|PATCH|DELETE)\b)/).slice(1)) {
        const method = chunk.match(/^export (?:const|async function) (\w+)/)![1]!;
        const declared =
          chunk.match(/caller: "(\w+)"/)?.[1] ??
          chunk.match(/,\s*"(reviewer|admin)",?\s*\)/)?.[1] ??
          (/writeRoute/.test(chunk) ? "user" : /readRoute/.test(chunk) ? "anyone" : "other");
        found.set(`${method} ${route}`, declared);
      }
    }
  }
  return found;
}

const documented = new Set(OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`));
const undocumented = (operations: string[]) =>
  operations.filter((op) => !documented.has(op) && !UNDOCUMENTED_ROUTES.some((route) => op.endsWith(` ${route}`)));

describe("the OpenAPI description", () => {
  const document = openApiDocument("https://claimmark.example.org");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 1)).toBe(true);
    // The validator is real: a broken operation fails it.
    const broken = structuredClone(document) as {
      paths: Record<string, Record<string, { parameters: { in: string }[] }>>;
    };
    broken.paths["/api/claims/{id}"]!.get!.parameters[0]!.in = "nowhere";
    expect((await validate(broken as never).catch(() => ({ valid: false }))).valid).toBe(false);
  });

  it("describes every operation a route file exports, and nothing that does not exist", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(30);
    expect(undocumented(routes)).toEqual([]);
    expect([...documented].filter((op) => !routes.includes(op))).toEqual([]);
  });

  it("documents who may call each route as the route itself declares it (reviewer and admin routes refuse others first)", () => {
    const declared = declaredCallers();
    const mismatched = OPERATIONS.filter((op) => op.access === "reviewer" || op.access === "admin")
      .map((op) => `${op.method.toUpperCase()} ${op.path}`)
      .filter(
        (key) => declared.get(key) !== OPERATIONS.find((o) => `${o.method.toUpperCase()} ${o.path}` === key)!.access,
      );
    expect(mismatched).toEqual([]);
    const undocumentedRoles = [...declared]
      .filter(([, caller]) => caller === "reviewer" || caller === "admin")
      .filter(
        ([key, caller]) => OPERATIONS.find((o) => `${o.method.toUpperCase()} ${o.path}` === key)?.access !== caller,
      )
      .map(([key]) => key);
    expect(undocumentedRoles).toEqual([]);
    expect(declared.get("POST /api/claims/{id}/verdict")).toBe("reviewer");
    expect(declared.get("PUT /api/users/{id}/role")).toBe("admin");
  });

  it("would notice a route nobody documented", () => {
    expect(undocumented(["POST /api/claims/{id}/secret-new-thing"])).toEqual([
      "POST /api/claims/{id}/secret-new-thing",
    ]);
  });

  it("takes request bodies from the zod schemas the server parses them with", () => {
    const flag = (document.paths as Record<string, any>)["/api/documents/{slug}/claims"].post.requestBody.content[
      "application/json"
    ].schema;
    expect(flag).toMatchObject({
      type: "object",
      required: ["start", "end", "exact"],
      properties: { start: { type: "integer", minimum: 0 }, exact: { type: "string", maxLength: 2000 } },
    });
    const token = (document.paths as Record<string, any>)["/api/tokens"].post.requestBody.content["application/json"]
      .schema;
    expect(token.properties.scopes.items).toMatchObject({ enum: ["read", "write", "admin"] });
  });
});
