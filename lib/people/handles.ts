/**
 * Handles: the short, unique name people are mentioned by ("@ana-lima"), beside their full
 * name. Lower-case ASCII letters, digits and single hyphens, so a handle reads the same on
 * every keyboard and ends at the first space or punctuation mark after it.
 */
export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,29}$/;
const MAX_BASE = 24;

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The handle a person would expect from their name ("Ana Lima" → "ana-lima", "Zoë" → "zoe").
 * A name with no Latin letters (e.g. Chinese) falls back to the email's local part, then to
 * "user"; long names are cut at a hyphen.
 */
export function handleBaseOf(name: string, email = ""): string {
  let base = fold(name);
  if (base.length < 2) base = fold(email.split("@")[0] ?? "");
  if (base.length < 2) base = "user";
  if (base.length <= MAX_BASE) return base;
  const cut = base.slice(0, MAX_BASE);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** The first of base, base-2, base-3, … nobody has. */
export function uniqueHandle(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
