/** What the document list's search scans: title and author, lower-cased (the same on both databases). */
export function documentSearchText(title: string, author: string | null | undefined): string {
  return `${title}\n${author ?? ""}`.toLowerCase();
}
