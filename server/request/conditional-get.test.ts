import { describe, expect, it } from "vitest";
import { clientHasCurrent, notModified } from "./conditional-get";

const get = (ifNoneMatch?: string, method = "GET") =>
  new Request("http://x/", { method, headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

describe("conditional GET", () => {
  it("answers 304 only when the client names the current tag", () => {
    expect(clientHasCurrent(get('"a"'), '"a"')).toBe(true);
    expect(clientHasCurrent(get('"b", "a"'), '"a"')).toBe(true);
    expect(clientHasCurrent(get('W/"a"'), '"a"')).toBe(true);
    expect(clientHasCurrent(get("*"), '"a"')).toBe(true);
    expect(clientHasCurrent(get('"b"'), '"a"')).toBe(false);
    expect(clientHasCurrent(get(), '"a"')).toBe(false);
    expect(clientHasCurrent(get('"a"', "DELETE"), '"a"')).toBe(false);
  });

  it("sends no body, keeps the tag and drops the length", async () => {
    const response = notModified('"a"', { "Content-Length": "10", "Cache-Control": "no-cache" });
    expect(response.status).toBe(304);
    expect(response.headers.get("ETag")).toBe('"a"');
    expect(response.headers.get("Cache-Control")).toBe("no-cache");
    expect(response.headers.get("Content-Length")).toBeNull();
    expect(await response.text()).toBe("");
  });
});
