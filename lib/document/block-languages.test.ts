import { describe, expect, it } from "vitest";
import { tiptapDocOf } from "./blocks";
import { documentLanguages } from "./block-languages";

describe("documentLanguages", () => {
  it("gives each paragraph its language, a short one its document's, and the document the language of most letters", () => {
    const doc = tiptapDocOf([
      { type: "heading", level: 1, text: "ميناء المدينة" },
      { type: "paragraph", text: "تعامل الميناء مع تسعة ملايين حاوية في العام الماضي، بحسب هيئة الميناء." },
      { type: "paragraph", text: "2025" },
      { type: "paragraph", text: "The port authority published the figure in English as well, on its website." },
      { type: "paragraph", text: "وقالت الهيئة إن العدد سيرتفع في العام المقبل مع افتتاح رصيف جديد في الشمال." },
    ]);
    expect(documentLanguages(doc)).toEqual({ document: "ar", blocks: ["ar", "ar", "ar", "en", "ar"] });
  });

  it("takes the language its details set for the document and for paragraphs too short to tell", () => {
    const doc = tiptapDocOf([
      { type: "paragraph", text: "Le port a traité neuf millions de conteneurs l'an dernier, selon l'autorité." },
      { type: "paragraph", text: "2025" },
    ]);
    expect(documentLanguages(doc, undefined, "ca")).toEqual({ document: "ca", blocks: ["fr", "ca"] });
  });

  it("knows nothing of a document with nothing to tell", () => {
    expect(documentLanguages(tiptapDocOf([{ type: "paragraph", text: "42" }]))).toEqual({
      document: null,
      blocks: [null],
    });
  });
});
