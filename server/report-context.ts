import type { ReportContext } from "@/lib/data/report";
import { env } from "./env";

/** Base URL and publisher for reports: NEXTAUTH_URL / PUBLISHER_* when set, else the request's origin. */
export function reportContext(requestUrl: string | null): ReportContext {
  const e = env();
  const baseUrl = (e.NEXTAUTH_URL ?? (requestUrl ? new URL(requestUrl).origin : "http://localhost:3000")).replace(/\/$/, "");
  return { baseUrl, publisher: { name: e.PUBLISHER_NAME, url: e.PUBLISHER_URL ?? baseUrl } };
}
