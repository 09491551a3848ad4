// A refusal reaches each caller in the language it asked for (Accept-Language), through the real
// request boundary and route handlers on a real database: the app's own pages send their
// interface language, API clients their own; English when they name none.
process.env.NEXTAUTH_SECRET ??= "refusal-language-test-secret-0123456789";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-databases";
import type { Db } from "@/lib/db";

describe("refusals in the caller's language", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
    (globalThis as { claimmarkDb?: Promise<Db> }).claimmarkDb = Promise.resolve(t.db);
  });
  afterAll(async () => {
    delete (globalThis as { claimmarkDb?: Promise<Db> }).claimmarkDb;
    await t.drop();
  });

  async function signUp(acceptLanguage: string | null) {
    const { POST } = await import("@/app/api/signup/route");
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (acceptLanguage) headers["Accept-Language"] = acceptLanguage;
    const response = await POST(
      new Request("http://127.0.0.1/api/signup", {
        method: "POST",
        headers,
        body: JSON.stringify({ name: "Ana", email: "not an address", password: "x" }),
      }),
      { params: Promise.resolve({}) },
    );
    const body = (await response.json()) as { message: string; fieldErrors: Record<string, string> };
    return { status: response.status, body };
  }

  it("answers a Spanish reader's bad sign-up in Spanish, field by field", async () => {
    const { status, body } = await signUp("es-MX,es;q=0.9,en;q=0.5");
    expect(status).toBe(400);
    expect(body.fieldErrors.email).toBe("Escribe una dirección de correo válida, como nombre@example.org.");
    expect(body.fieldErrors.password).toBe("Usa al menos 8 caracteres para la contraseña.");
  });

  it("answers an Arabic reader in Arabic, and a caller naming no language in English", async () => {
    expect((await signUp("ar")).body.fieldErrors.email).toBe("أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.org.");
    expect((await signUp(null)).body.fieldErrors.email).toBe("Enter a valid email address, like name@example.org.");
    expect((await signUp("de-DE")).body.fieldErrors.email).toBe("Enter a valid email address, like name@example.org.");
  });

  it("refuses a visitor's write in the visitor's language, before reading the body", async () => {
    const { POST } = await import("@/app/api/documents/[slug]/claims/route");
    const response = await POST(
      new Request("http://127.0.0.1/api/documents/any/claims", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": "es" },
        body: "{}",
      }),
      { params: Promise.resolve({ slug: "any" }) },
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "Inicia sesión para hacer eso." });
  });
});
