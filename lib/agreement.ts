import { isVerdict, VERDICTS, type Verdict } from "./verdicts";

/** A difference function between two values of the scale (Krippendorff's δ²). */
type Metric = "nominal" | "ordinal" | "interval";

/**
 * Krippendorff's alpha for one set of units. Each unit is the list of values coders gave
 * it (missing values simply left out); units with fewer than two values are not pairable
 * and are ignored. Values are numbers on the scale; for "ordinal" only their order matters.
 * Returns null when alpha is undefined (no pairable values, or all values the same).
 *
 * Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": build the
 * coincidence matrix o_ck, its margins n_c, then alpha = 1 - (n - 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: Metric): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  if (values.length === 0) return null;
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) o[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  if (n <= 1) return null;

  const delta = (c: number, k: number): number => {
    if (metric === "nominal") return c === k ? 0 : 1;
    if (metric === "interval") return (values[c]! - values[k]!) ** 2;
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += nc[g]!;
    return (sum - (nc[lo]! + nc[hi]!) / 2) ** 2;
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Rank of a verdict on the ordinal scale (False lowest); null for Unverifiable, which is "missing". */
export function verdictRank(verdict: Verdict): number | null {
  if (verdict === "UNVERIFIABLE") return null;
  return VERDICTS.indexOf("FALSE") - VERDICTS.indexOf(verdict);
}

/**
 * Inter-annotator agreement over claims: each claim's note verdicts form a unit, with
 * Unverifiable treated as missing; ordinal alpha on the verdict scale.
 */
export function verdictAgreement(claims: readonly (readonly Verdict[])[]): {
  alpha: number | null;
  claims: number;
  notes: number;
} {
  const units = claims
    .map((verdicts) => verdicts.map(verdictRank).filter((r): r is number => r !== null))
    .filter((u) => u.length >= 2);
  return {
    alpha: krippendorffAlpha(units, "ordinal"),
    claims: units.length,
    notes: units.reduce((a, u) => a + u.length, 0),
  };
}

/** Verdicts proposed by notes with their counts, most frequent first (scale order among equals). */
export function proposedVerdicts(verdicts: readonly string[]): { verdict: Verdict; count: number }[] {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) if (isVerdict(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([verdict, count]) => ({ verdict, count }))
    .sort((a, b) => b.count - a.count || VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
}
