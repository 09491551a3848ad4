import fs from "node:fs";
import path from "node:path";

/** Where the API's route files live. */
export const API_ROOT = path.join(__dirname, "..", "..", "app", "api");

/** The OpenAPI path of a route folder: app/api/claims/[id] → /api/claims/{id}. */
export const routePathOf = (dir: string) =>
  "/api/" +
  path
    .relative(API_ROOT, dir)
    .split(path.sep)
    .map((part) => part.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"))
    .join("/");

/** Every "METHOD /api/path" a route file under app/api exports, with the file (tests read the route table from it). */
export function routeOperations(dir = API_ROOT): { operation: string; file: string }[] {
  const found: { operation: string; file: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...routeOperations(full));
    else if (entry.name === "route.ts") {
      const text = fs.readFileSync(full, "utf8");
      const methods = [...text.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => m[1]!,
      );
      for (const m of text.matchAll(/handler as (GET|POST)/g)) methods.push(m[1]!);
      const route = routePathOf(path.dirname(full));
      for (const method of methods) found.push({ operation: `${method} ${route}`, file: full });
    }
  }
  return found;
}
