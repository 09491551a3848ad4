import vocabulary from "./vocabulary-30.0.json";

/**
 * Checks JSON-LD against the schema.org vocabulary (release 30.0, reduced by
 * scripts/schemaorg-vocabulary.mjs): every @type is a schema.org type, every property is one the
 * type (or a type it inherits from) may carry, and every value is of a type the property's range
 * allows — a nested node by its @type, a string as Text, URL, Date or DateTime (in ISO 8601), a
 * number as Number. Returns the problems found, each with its path; none means valid.
 */
export function schemaOrgProblems(node: unknown, path = "$"): string[] {
  if (!isNode(node)) return [`${path}: not an object`];
  const type = node["@type"];
  if (typeof type !== "string" || !(type in vocabulary.types)) return [`${path}: unknown @type ${String(type)}`];
  const lineage = ancestorsOf(type);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const property = (vocabulary.properties as Record<string, { domain: string[]; range: string[] }>)[key];
    if (!property) {
      problems.push(`${path}.${key}: not a schema.org property`);
      continue;
    }
    if (!property.domain.some((d) => lineage.has(d))) problems.push(`${path}.${key}: not a property of ${type}`);
    for (const [i, item] of (Array.isArray(value) ? value : [value]).entries())
      problems.push(...valueProblems(item, property.range, `${path}.${key}${Array.isArray(value) ? `[${i}]` : ""}`));
  }
  return problems;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function valueProblems(value: unknown, range: string[], path: string): string[] {
  if (isNode(value)) {
    const type = value["@type"];
    if (typeof type === "string" && !range.some((r) => ancestorsOf(type).has(r)))
      return [`${path}: a ${type} where ${range.join(" or ")} is expected`];
    return schemaOrgProblems(value, path);
  }
  const allows = (name: string) => range.some((r) => ancestorsOf(name).has(r) || r === name);
  if (typeof value === "number")
    return allows("Number") ? [] : [`${path}: a number where ${range.join(" or ")} is expected`];
  if (typeof value !== "string") return [`${path}: ${typeof value} is not a schema.org value`];
  if (allows("Text") || allows("URL")) {
    if (range.includes("URL") && !range.includes("Text") && !/^https?:\/\//.test(value))
      return [`${path}: "${value}" is not a URL`];
    return [];
  }
  if (range.includes("DateTime") && ISO_DATE_TIME.test(value)) return [];
  if (range.includes("Date") && ISO_DATE.test(value)) return [];
  return [`${path}: "${value}" is not a ${range.join(" or ")}`];
}

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const lineages = new Map<string, Set<string>>();

/** A type and every type it inherits from (Rating → Intangible → Thing). */
function ancestorsOf(type: string): Set<string> {
  let found = lineages.get(type);
  if (found) return found;
  found = new Set([type]);
  const types = vocabulary.types as Record<string, string[]>;
  for (let queue = [type]; queue.length;) {
    for (const parent of types[queue.pop()!] ?? []) {
      if (!found.has(parent)) {
        found.add(parent);
        queue.push(parent);
      }
    }
  }
  lineages.set(type, found);
  return found;
}
