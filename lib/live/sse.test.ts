import { describe, expect, it } from "vitest";
import { lastEventIdOf, sseMessage } from "./sse";

describe("server-sent events", () => {
  it("frames an id, an event name and JSON data, ended by a blank line", () => {
    expect(sseMessage({ id: 42, event: "change", data: { action: "claim.flag" } })).toBe(
      'id: 42\nevent: change\ndata: {"action":"claim.flag"}\n\n',
    );
  });

  it("splits data on newlines so a value cannot end the message or forge a field", () => {
    expect(sseMessage({ event: "note", data: "line one\nevent: forged\r\nline three" })).toBe(
      "event: note\ndata: line one\ndata: event: forged\ndata: line three\n\n",
    );
    expect(sseMessage({ id: "7\nevent: x", data: "" })).toBe("id: 7event: x\ndata: \n\n");
  });

  it("reads the last event id a client saw, and nothing else", () => {
    expect(lastEventIdOf("17", null)).toBe(17);
    expect(lastEventIdOf(null, "23")).toBe(23);
    expect(lastEventIdOf("abc", null)).toBeNull();
    expect(lastEventIdOf("-1", null)).toBeNull();
    expect(lastEventIdOf(null, null)).toBeNull();
  });
});
