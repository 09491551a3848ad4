import { describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import { buildWarc } from "./warc";

async function readBack(file: Uint8Array) {
  const parser = new WARCParser(
    (async function* () {
      yield file;
    })(),
  );
  const records: { type: unknown; uri: unknown; version: unknown; date: unknown; body: Uint8Array; status?: number }[] =
    [];
  for await (const record of parser) {
    const body = await record.readFully(false);
    records.push({
      type: record.warcType,
      uri: record.warcTargetURI,
      version: record.warcHeaders.protocol,
      date: record.warcDate,
      body,
      status: record.httpHeaders?.statusCode ? Number(record.httpHeaders.statusCode) : undefined,
    });
  }
  return records;
}

describe("buildWarc", () => {
  it("writes WARC 1.1 records a WARC reader gets back byte for byte", async () => {
    const html = new TextEncoder().encode("<html><title>Metro</title><p>610 million riders</p></html>");
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const file = await buildWarc(
      [
        {
          url: "https://example.org/metro",
          capturedAt: new Date("2026-11-29T16:40:00Z"),
          httpStatus: 200,
          headers: { "content-type": "text/html; charset=utf-8", "content-length": "999" },
          html,
          files: [{ name: "screenshot.png", contentType: "image/png", body: png }],
        },
      ],
      { software: "Claimmark test", description: "evidence" },
    );
    // gzip members, one per record
    expect(file[0]).toBe(0x1f);
    expect(file[1]).toBe(0x8b);
    const records = await readBack(file);
    expect(records.map((r) => r.type)).toEqual(["warcinfo", "response", "resource"]);
    expect(records.every((r) => r.version === "WARC/1.1")).toBe(true);
    const response = records[1]!;
    expect(response.uri).toBe("https://example.org/metro");
    expect(response.status).toBe(200);
    expect(response.date).toBe("2026-11-29T16:40:00.000Z");
    expect(new TextDecoder().decode(response.body)).toContain("610 million riders");
    expect(records[2]!.uri).toBe("urn:claimmark:capture:screenshot.png:https://example.org/metro");
    expect([...records[2]!.body]).toEqual([...png]);
  });

  it("writes only the warcinfo record when there is nothing captured", async () => {
    const records = await readBack(await buildWarc([], { software: "Claimmark test", description: "none" }));
    expect(records.map((r) => r.type)).toEqual(["warcinfo"]);
  });
});
