import { describe, expect, it } from "vitest";
import { jsonResponse, UNCOMPRESSED_BELOW } from "./json-response";

describe("jsonResponse", () => {
  it("sends a small answer as it is (no-transform), keeping the caching the route asked for", async () => {
    const answer = jsonResponse(
      { id: "c1", status: "FLAGGED" },
      { status: 201, headers: { "Cache-Control": "private" } },
    );
    expect(answer.status).toBe(201);
    expect(answer.headers.get("Content-Type")).toBe("application/json");
    expect(answer.headers.get("Cache-Control")).toBe("private, no-transform");
    expect(await answer.json()).toEqual({ id: "c1", status: "FLAGGED" });
    expect(jsonResponse({}).headers.get("Cache-Control")).toBe("no-transform");
  });

  it("leaves a large answer to the server's compression", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `claim-${i}`, exact: "a sentence that states a fact" }));
    expect(JSON.stringify(rows).length).toBeGreaterThanOrEqual(UNCOMPRESSED_BELOW);
    const answer = jsonResponse(rows, { headers: { ETag: '"v1"' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBeNull();
    expect(answer.headers.get("ETag")).toBe('"v1"');
    expect(await answer.json()).toEqual(rows);
  });
});
