import { publicGeneration } from "@/lib/publishing/public-changes";

/** How long an entry serves without asking the database: the most another instance's change can lag here. */
const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  value: Promise<unknown>;
  generation: number;
  at: number;
}

const entries = new Map<string, Entry>();

/**
 * What the public pages read (a fact-check, the desk's settings, a page of the list), kept in
 * this process so a page served again costs no database work. An entry is dropped as soon as a
 * publishing write commits in this process (publicGeneration), and after TTL_MS in any case, so
 * changes made through another instance show within seconds. Concurrent misses share one read.
 */
export function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const generation = publicGeneration();
  const hit = entries.get(key);
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { value, generation, at: now });
  // A failed read is not kept: the next request tries again.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
