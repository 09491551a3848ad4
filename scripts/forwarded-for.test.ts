import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "./forwarded-for.mjs";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from a client that is not a trusted proxy (rotating it cannot dodge the per-IP limit)", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", [])).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "5.6.7.8, 9.9.9.9", ["10.0.0.1"])).toBe("203.0.113.7");
  });

  it("believes the entry the trusted proxy appended, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.2", ["10.0.0.1"])).toBe("198.51.100.2");
  });

  it("skips a chain of trusted proxies from the right", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.2, 10.0.0.2", ["10.0.0.1", "10.0.0.2"])).toBe("198.51.100.2");
  });

  it("uses the proxy's own address when it sent no header", () => {
    expect(clientAddress("10.0.0.1", undefined, ["10.0.0.1"])).toBe("10.0.0.1");
  });

  it("reads TRUSTED_PROXY as a comma-separated list", () => {
    expect(trustedProxies(" 10.0.0.1, ::1 ,")).toEqual(["10.0.0.1", "::1"]);
    expect(trustedProxies(undefined)).toEqual([]);
  });
});
