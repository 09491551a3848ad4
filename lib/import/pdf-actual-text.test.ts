import { describe, expect, it } from "vitest";
import { spansOf } from "./pdf-actual-text";

describe("spansOf", () => {
  it("reads each span's ActualText in drawing order: UTF-16 hex, literal strings, or none", () => {
    const content = [
      "BT /Span<</ActualText <FEFF092A094D0930093E> >> BDC /F4 16 Tf <0135> Tj <001F> Tj EMC",
      "/Span <</ActualText (fi)>> BDC <0042> Tj EMC",
      "/Span /MC0 BDC <0043> Tj EMC",
      "/P <</MCID 3>> BDC <0044> Tj EMC",
      "/Span<</Lang (en) /ActualText (a\\(b\\)\\101)>>BDC <0045> Tj EMC ET",
    ].join("\n");
    expect(spansOf(content)).toEqual(["प्रा", "fi", null, "a(b)A"]);
  });
});
