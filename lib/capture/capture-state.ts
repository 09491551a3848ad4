/** Where a capture stands (SourceCapture.status). */
export const CAPTURE_STATUSES = ["QUEUED", "CAPTURING", "CAPTURED", "FAILED"] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

/** What the last re-check found (SourceCapture.recheckState). */
export const RECHECK_STATES = ["UNCHANGED", "CHANGED", "GONE"] as const;
export type RecheckState = (typeof RECHECK_STATES)[number];

/** The files a capture keeps, as served at /api/captures/<id>/<file>. */
export const CAPTURE_FILES = {
  "screenshot.png": { column: "png", type: "image/png", label: "Screenshot" },
  "page.pdf": { column: "pdf", type: "application/pdf", label: "PDF" },
  "page.mhtml": { column: "mhtml", type: "multipart/related", label: "Page archive (MHTML)" },
} as const;
export type CaptureFileName = keyof typeof CAPTURE_FILES;

/** The UTC day a capture belongs to: one capture per address and day. */
export const captureDay = (at: Date) => at.toISOString().slice(0, 10);

/** The addresses worth capturing in a text or a list: http(s) only, each once, as written. */
export function capturableUrls(urls: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const raw of urls) {
    try {
      const url = new URL(raw.trim());
      if (url.protocol === "http:" || url.protocol === "https:") seen.add(raw.trim());
    } catch {
      // not an address: nothing to capture
    }
  }
  return [...seen];
}

/** The http(s) links in free text (a final verdict's summary). */
export function urlsInText(text: string): string[] {
  return capturableUrls((text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []).map((u) => u.replace(/[.,;:!?]+$/, "")));
}
