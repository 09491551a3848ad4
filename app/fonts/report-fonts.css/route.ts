import { reportFontCss } from "@/server/report-fonts";

/** GET /fonts/report-fonts.css: the report fonts' @font-face rules for the public pages, files under /fonts. */
export function GET() {
  return new Response(reportFontCss("/fonts"), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
