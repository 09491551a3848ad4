import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, EMBED_PATH, PERMISSIONS_POLICY } from "./security-headers";

describe("security headers", () => {
  it("allows scripts only with the response's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("lets any site frame a fact-check's embed card, and nothing else", () => {
    expect(contentSecurityPolicy("n", { development: false, frameableByAnySite: true })).toContain("frame-ancestors *");
    expect(EMBED_PATH.test("/fact-checks/eu-ai-act/embed")).toBe(true);
    expect(EMBED_PATH.test("/fact-checks/eu-ai-act")).toBe(false);
    expect(EMBED_PATH.test("/documents/x/embed")).toBe(false);
  });

  it("sends the same Permissions-Policy from next.config.js as the module says", () => {
    const config = fs.readFileSync(path.join(__dirname, "..", "next.config.js"), "utf8");
    expect(config).toContain(PERMISSIONS_POLICY);
  });
});
