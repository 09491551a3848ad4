import { createHash } from "node:crypto";
import type { Report } from "./report-model";

/**
 * A strong ETag for one format of a report: a hash of everything the report says except the
 * moment it was generated, so an unchanged report has the same tag on every download and a
 * new note, verdict or option changes it.
 */
export function reportEtag(report: Report, format: string): string {
  const { generatedAt: _ignored, ...content } = report;
  return `"${createHash("sha256").update(format).update("\n").update(JSON.stringify(content)).digest("base64url").slice(0, 32)}"`;
}
