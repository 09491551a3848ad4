import type { ReportContext } from "@/lib/data/review/report";
import { env } from "./env";
import { publicOrigin } from "./request/public-origin";

/**
 * Base URL and publisher for reports: the public origin (NEXTAUTH_URL, else the request's) and PUBLISHER_* when set.
 */
export function reportContext(headers: Headers): ReportContext {
  const e = env();
  const baseUrl = publicOrigin(headers);
  return { baseUrl, publisher: { name: e.PUBLISHER_NAME, url: e.PUBLISHER_URL ?? baseUrl } };
}
