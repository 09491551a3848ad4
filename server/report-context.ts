import type { ReportContext } from "@/lib/data/review/report";
import { publicDesk } from "./publishing/public-site";
import { publicOrigin } from "./request/public-origin";

/**
 * Base URL and publisher for reports: the public origin (NEXTAUTH_URL, else the request's), and
 * the desk as its publishing settings name it (PUBLISHER_NAME and PUBLISHER_URL until saved),
 * with the rating scale its ClaimReview uses.
 */
export async function reportContext(headers: Headers): Promise<ReportContext> {
  const baseUrl = publicOrigin(headers);
  const desk = await publicDesk();
  return {
    baseUrl,
    publisher: { name: desk.organisationName, url: desk.organisationUrl || baseUrl, ratingScale: desk.ratingScale },
  };
}
