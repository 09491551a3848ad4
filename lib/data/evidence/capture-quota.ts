import type { Db } from "../../db";

/** How much captured evidence may be kept, in bytes: on the whole instance, and per document. */
export interface CaptureQuotas {
  instanceBytes: number;
  documentBytes: number;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString("en")} MB`;

const keptBytes = async (db: Db, where: { documentId?: string }) =>
  (await db.sourceCapture.aggregate({ where: { ...where, status: "CAPTURED" }, _sum: { byteSize: true } }))._sum
    .byteSize ?? 0;

/**
 * Why a new capture of `bytes` may not be kept, in words, or null when it fits. Captures live in
 * the database, so without a cap one desk citing large pages could fill the disk every other
 * desk writes to. A capture counts against the document whose note asked for it first. Checked
 * when the capture is saved, once its size is known; two workers saving at the same moment can
 * each pass, overshooting by at most one capture each.
 */
export async function captureQuotaRefusal(
  db: Db,
  capture: { documentId: string | null },
  bytes: number,
  quotas: CaptureQuotas,
): Promise<string | null> {
  if ((await keptBytes(db, {})) + bytes > quotas.instanceBytes)
    return `the evidence stored on this Claimmark has reached its quota of ${megabytes(quotas.instanceBytes)} (CAPTURE_QUOTA_MB); an admin can raise it.`;
  if (capture.documentId && (await keptBytes(db, { documentId: capture.documentId })) + bytes > quotas.documentBytes)
    return `the evidence captured for this document has reached its quota of ${megabytes(quotas.documentBytes)} (CAPTURE_QUOTA_PER_DOCUMENT_MB); an admin can raise it.`;
  return null;
}
