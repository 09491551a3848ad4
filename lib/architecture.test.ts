// The folder rules of ARCHITECTURE.md, checked by reading every TypeScript source's imports.
// A change that breaks a rule fails here with the file, the import and the rule it breaks.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

interface ImportLine {
  file: string;
  /** The import resolved to a repo path ("lib/db/index") or left as a package name ("next/server"). */
  target: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "fixtures" && entry.name !== "generated")
        out.push(...sources(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

const isTestCode = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)test-[\w-]+\.ts$/.test(file);

function importsOf(file: string): ImportLine[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const found: ImportLine[] = [];
  const pattern =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[3] ?? m[4]!;
    let target = spec;
    if (spec.startsWith("@/")) target = spec.slice(2);
    else if (spec.startsWith("."))
      target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec));
    found.push({ file, target, typeOnly: Boolean(m[2]) });
  }
  return found;
}

const under = (target: string, folder: string) => target === folder || target.startsWith(`${folder}/`);
const isPackage = (target: string, name: string) => target === name || target.startsWith(`${name}/`);

/** Each rule: the files it covers, and what they may not import. */
const RULES: { name: string; files: (file: string) => boolean; forbids: (i: ImportLine) => boolean }[] = [
  {
    name: "lib/ is domain logic with no framework imports (no next, react, next-auth; nothing from app/, components/ or server/)",
    files: (f) => under(f, "lib"),
    forbids: (i) =>
      ["next", "react", "react-dom", "next-auth"].some((p) => isPackage(i.target, p)) ||
      ["app", "components", "server"].some((d) => under(i.target, d)),
  },
  {
    name: "components/ render and call the API: no database, no data layer (types only), no server modules",
    files: (f) => under(f, "components"),
    forbids: (i) =>
      under(i.target, "server") ||
      under(i.target, "lib/db") ||
      under(i.target, "prisma") ||
      isPackage(i.target, "@prisma/client") ||
      (under(i.target, "lib/data") && !i.typeOnly),
  },
  {
    name: "app/ reaches the database only through lib/data and server/db (no Prisma client, no lib/db)",
    files: (f) => under(f, "app"),
    forbids: (i) =>
      (under(i.target, "lib/db") && !i.typeOnly) || under(i.target, "prisma") || isPackage(i.target, "@prisma/client"),
  },
];

describe("folder rules (ARCHITECTURE.md)", () => {
  const files = ["app", "components", "lib", "server"].flatMap(sources).filter((f) => !isTestCode(f));

  it("reads a real set of files", () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files).toContain("server/route.ts");
  });

  for (const rule of RULES) {
    it(rule.name, () => {
      const broken = files
        .filter(rule.files)
        .flatMap(importsOf)
        .filter(rule.forbids)
        .map((i) => `${i.file} imports ${i.target}`);
      expect(broken).toEqual([]);
    });
  }

  it("reads the environment only in server/env.ts (NODE_ENV, which the build fills in, aside)", () => {
    const readers = [...files, "proxy.ts"].filter(
      (f) =>
        f !== "server/env.ts" && /process\.env\b(?!\.NODE_ENV\b)/.test(fs.readFileSync(path.join(root, f), "utf8")),
    );
    expect(readers).toEqual([]);
  });

  // A module that uses a value of another while the two import each other in a circle fails in the
  // production bundle only ("Cannot access … before initialization"), not under the tests' loader:
  // the database layer, imported by everything, keeps its value imports free of circles.
  it("lib/db's modules import each other's values without a circle", () => {
    const db = files.filter((f) => under(f, "lib/db"));
    const edges = new Map(
      db.map((f) => [
        f.replace(/\.ts$/, ""),
        importsOf(f)
          .filter((i) => !i.typeOnly && under(i.target, "lib/db"))
          .map((i) => (i.target === "lib/db" ? "lib/db/index" : i.target)),
      ]),
    );
    const circles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) return void circles.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(edges.size).toBeGreaterThan(4);
    expect(circles).toEqual([]);
  });

  it("catches a forbidden import when there is one", () => {
    const planted = { file: "lib/planted.ts", target: "server/db", typeOnly: false };
    expect(RULES[0]!.forbids(planted)).toBe(true);
    expect(RULES[1]!.forbids({ file: "components/x.tsx", target: "lib/data/claims/claims", typeOnly: false })).toBe(
      true,
    );
    expect(RULES[1]!.forbids({ file: "components/x.tsx", target: "lib/data/claims/claims", typeOnly: true })).toBe(
      false,
    );
  });
});

/** A component's own props: the members of its `Props` interface (attributes it passes through aside). */
export function propCounts(source: string): { name: string; count: number }[] {
  const out: { name: string; count: number }[] = [];
  for (const m of source.matchAll(
    /interface (\w*Props)\s*(?:extends [^{]*)?\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g,
  )) {
    out.push({ name: m[1]!, count: (m[2]!.match(/^ {2}\w+\??:/gm) ?? []).length });
  }
  return out;
}

describe("components stay small enough to read (ARCHITECTURE.md)", () => {
  const components = ["components", "app"].flatMap(sources).filter((f) => f.endsWith(".tsx"));

  it("no component file runs past 250 lines", () => {
    const long = components
      .map((f) => ({ f, lines: fs.readFileSync(path.join(root, f), "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 250)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it("no component takes more than 8 props", () => {
    const wide = components.flatMap((f) =>
      propCounts(fs.readFileSync(path.join(root, f), "utf8"))
        .filter(({ count }) => count > 8)
        .map(({ name, count }) => `${f}: ${name} has ${count}`),
    );
    expect(wide).toEqual([]);
  });

  it("counts the props of a component with nested prop types", () => {
    const source = `interface Props {\n  a: string;\n  b?: { c: number; d: { e: 1 } };\n  /** f */\n  f: () => void;\n}`;
    expect(propCounts(source)).toEqual([{ name: "Props", count: 3 }]);
  });
});
