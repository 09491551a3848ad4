import type { SearchType } from "@/lib/validation/search";

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  document: "Documents",
  claim: "Claims",
  note: "Notes",
  reply: "Replies",
  "fact-check": "Fact-checks",
};

export const SEARCH_TYPE_NAMES: Record<SearchType, string> = {
  document: "Document",
  claim: "Claim",
  note: "Note",
  reply: "Reply",
  "fact-check": "Fact-check",
};
