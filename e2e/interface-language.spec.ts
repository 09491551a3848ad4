import { expect, test } from "@playwright/test";
import { ESSAY_PATH, pasteDocument, selectInDocument, signUp } from "./helpers";

// The interface in English, Spanish and Arabic (issue 26): chosen from the browser's languages,
// or by "Language" on one's profile, which wins over the browser.

test("a visitor whose browser asks for Spanish reads the interface in Spanish, dates included", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Documentos" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Principal" });
  await expect(nav.getByRole("link", { name: "Buscar" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Buscar documentos" })).toBeVisible();
  // The document list's dates in Spanish order and month names, still in UTC.
  await expect(page.locator("table time").first()).toHaveText(/^\d{1,2} [a-z]{3,4}\.? \d{4}, \d{1,2}:\d\d UTC$/);
  await page.goto(ESSAY_PATH);
  await expect(page.getByRole("button", { name: "Sugerencias" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Afirmaciones" })).toBeVisible();
  await context.close();
});

test("a visitor whose browser asks for Arabic gets the interface right to left, the panel mirrored", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "ar-EG", viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(ESSAY_PATH);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const panel = page.getByRole("complementary", { name: "الادعاءات" });
  const text = page.getByRole("region", { name: "المستند" });
  await expect(panel).toBeVisible();
  // Right to left: the panel that sits right of the text in English sits left of it.
  const [panelBox, textBox] = [await panel.boundingBox(), await text.boundingBox()];
  expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(textBox!.x + 1);
  // The essay itself is English and keeps its own direction inside the Arabic interface.
  await expect(page.getByRole("article", { name: "نص المستند" })).toHaveAttribute("dir", "ltr");
  await context.close();
});

test("the profile's Language wins over the browser's, and flagging works in the chosen language", async ({
  page,
  baseURL,
}) => {
  const sentence = "El puerto movió nueve millones de contenedores en 2025.";
  const slug = await pasteDocument(baseURL, `Puerto ${Date.now()}`, [sentence, "Nadie lo discute."]);
  await signUp(page, "Lengua Lucía");
  await page.locator(".account-name").click();
  const language = page.getByLabel("Language");
  await expect(language).toHaveValue("");
  await language.selectOption({ label: "Español" });
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
  await expect(page.getByLabel("Idioma")).toHaveValue("es");

  // Remembered on the account: another page, the same language, though the browser asks for English.
  await page.goto(`/documents/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await selectInDocument(page, sentence);
  await page.getByRole("button", { name: "Marcar afirmación" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Afirmación marcada" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Añadir nota de verificación" })).toBeVisible();
  await expect(page.getByLabel("Veredicto").locator("option", { hasText: "Engañoso" })).toHaveCount(1);

  // Arabic, then back to the browser's language.
  await page.locator(".account-name").click();
  await page.getByLabel("Idioma").selectOption({ label: "العربية" });
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("اللغة").selectOption({ value: "" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("what the server and the forms refuse reads in the interface's language", async ({ browser, baseURL }) => {
  const taken = `tomada-${Date.now()}@example.org`;
  const context = await browser.newContext({ locale: "es-ES" });
  expect(
    (
      await context.request.post(`${baseURL}/api/signup`, {
        data: { name: "Tomada", email: taken, password: "correct horse battery" },
      })
    ).status(),
  ).toBe(201);
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto("/signup");
  await page.getByLabel("Nombre").fill("Lucía");
  // The form's own check, before anything is sent.
  await page.getByLabel("Correo electrónico").fill("no es un correo");
  await page.getByLabel("Contraseña").fill("correct horse battery");
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByText("Escribe una dirección de correo válida, como nombre@example.org.")).toBeVisible();
  // The server's refusal, sent back in the language the page asked in.
  await page.getByLabel("Correo electrónico").fill(taken);
  await page.getByRole("button", { name: "Crear cuenta" }).click();
  await expect(page.getByText("Ya existe una cuenta con este correo. Inicia sesión.")).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await context.close();
});

test("the report reads in the interface's language, and so does the Markdown downloaded from it", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto(`${ESSAY_PATH}/report`);
  await expect(page.locator(".report-kicker")).toContainText("Informe de verificación");
  await expect(page.getByRole("heading", { level: 2, name: /^Afirmaciones \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Resumen" })).toBeVisible();
  const href = await page.getByRole("link", { name: "Descargar Markdown" }).getAttribute("href");
  expect(href).toContain("lang=es");
  const markdown = await (await page.request.get(href!)).text();
  expect(markdown).toMatch(/^# Informe de verificación: /);
  expect(markdown).toContain("| Veredicto final | Afirmaciones |");
  // The same address asked in English, for an API client naming no language.
  const english = await (await page.request.get(href!.replace("lang=es", "lang=en"))).text();
  expect(english).toMatch(/^# Verification report: /);
  await context.close();
});
