/**
 * The path of the first string in a parsed JSON value that is not well-formed Unicode (a lone
 * surrogate, which JSON's "\ud800" escapes can carry), or null when every string is fine.
 * Such text cannot be stored as UTF-8 (PostgreSQL refuses it), so the request boundary
 * answers 400 naming the field instead of failing deep in the database.
 */
export function findIllFormedString(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.isWellFormed() ? null : path.join(".") || "(body)";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedString(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (!key.isWellFormed()) return [...path, "(key)"].join(".");
      const found = findIllFormedString(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
