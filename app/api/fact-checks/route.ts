import { readFile } from "node:fs/promises";
import { readClaimReviewFeed, readClaimReviews } from "@/lib/claim-matching/claim-review-feed";
import { importFactChecks, listImportedFactChecks } from "@/lib/data/fact-checks/fact-checks";
import { fail, ok } from "@/lib/result";
import { CLAIMREVIEW_FILE_TOO_LARGE, MAX_CLAIMREVIEW_FILE_BYTES } from "@/lib/validation/fact-check";
import { UploadedForm } from "@/server/request/upload-form";
import { apiRoute } from "@/server/route";

const ADMIN_ONLY = "Importing fact-checks needs the admin role.";

/** GET: how many fact-checks are imported, and the latest 50 (admins). */
export const GET = apiRoute({ caller: "admin", refusal: ADMIN_ONLY }, async ({ db }) =>
  ok(await listImportedFactChecks(db)),
);

/**
 * POST: imports ClaimReview JSON-LD (admins): the JSON itself as the body (one ClaimReview,
 * an array, or a DataFeed), or a multipart form with `file`. Invalid items are skipped and
 * listed by index; a known URL is updated, never duplicated. Not JSON, or over 50 MB: nothing kept.
 */
export const POST = apiRoute(
  {
    caller: "admin",
    refusal: ADMIN_ONLY,
    maxBodyBytes: MAX_CLAIMREVIEW_FILE_BYTES + 64 * 1024 /* the multipart envelope */,
    acceptsMultipart: true,
  },
  async ({ db, actor, body }) => {
    let fileName: string | null = null;
    let reading;
    if (body instanceof UploadedForm) {
      const file = body.file("file");
      if (!file || file.size === 0)
        return fail(400, "Choose a ClaimReview JSON file to import.", {
          file: "Choose a ClaimReview JSON file to import.",
        });
      if (file.size > MAX_CLAIMREVIEW_FILE_BYTES)
        return fail(413, CLAIMREVIEW_FILE_TOO_LARGE, { file: CLAIMREVIEW_FILE_TOO_LARGE });
      fileName = file.name;
      reading = readClaimReviewFeed(await readFile(file.path, "utf8"));
    } else {
      reading = readClaimReviews(body);
    }
    if (!reading.ok) return fail(422, reading.message, { file: reading.message });
    if (reading.items.length === 0) {
      return {
        ...fail(422, `No valid ClaimReview in the file (${reading.skipped.length} skipped). Nothing was imported.`, {
          file: "No valid ClaimReview in the file.",
        }),
        details: { skipped: reading.skipped },
      };
    }
    return importFactChecks(db, actor, reading.items, reading.skipped, fileName);
  },
);
