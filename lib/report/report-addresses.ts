/**
 * The addresses a report gives a document and its claims: the reader, the revision the
 * selectors point into, a claim's permalink (the reader scrolled to it, panel open) and its W3C
 * annotation's own URL. One place for them, so a report read back and an annotation answered
 * from what was written (lib/w3c/flagged-annotation.ts) cannot drift apart.
 */
export function documentAddresses(baseUrl: string, slug: string, revision: number) {
  const url = `${baseUrl}/documents/${slug}`;
  return { url, revisionUrl: `${url}?rev=${revision}` };
}

export function claimAddresses(baseUrl: string, slug: string, claimId: string) {
  return {
    permalink: `${baseUrl}/documents/${slug}#claim-${claimId}`,
    annotationUrl: `${baseUrl}/api/annotations/${claimId}`,
  };
}
