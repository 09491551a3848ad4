import { describe, expect, it } from "vitest";
import { bearerSecret, hashTokenSecret, newTokenSecret, parseScopes, scopeFor } from "./api-token";

describe("personal access tokens", () => {
  it("are cm_ and 32 random bytes in base64url, different every time", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a).toMatch(/^cm_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(3), "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it("are stored as a SHA-256 that never contains the secret", () => {
    const secret = newTokenSecret();
    const hash = hashTokenSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashTokenSecret(secret));
    expect(hash).not.toContain(secret.slice(3, 13));
  });

  it("are read from a Bearer header only when they look like one", () => {
    const secret = newTokenSecret();
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer  ${secret} `)).toBe(secret);
    expect(bearerSecret(`Basic ${secret}`)).toBeNull();
    expect(bearerSecret("Bearer cm_short")).toBeNull();
    expect(bearerSecret(null)).toBeNull();
  });

  it("need read for reading methods and write for the rest", () => {
    expect(scopeFor("GET")).toBe("read");
    expect(scopeFor("HEAD")).toBe("read");
    expect(["POST", "PUT", "PATCH", "DELETE"].map(scopeFor)).toEqual(["write", "write", "write", "write"]);
    expect(parseScopes("write,read,root")).toEqual(["read", "write"]);
    expect(parseScopes("admin,read")).toEqual(["read", "admin"]);
  });
});
