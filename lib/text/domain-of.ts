/** The site a URL is on, as people name it ("nist.gov"), so a title cannot pass for another site. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
