import AxeBuilder from "@axe-core/playwright";
import { expect, request, test, type Page } from "@playwright/test";
import { ADMIN, addNote, flagClaim, pasteDocument, signIn, signUp } from "./helpers";
import { expectDocumented } from "./openapi-check";

const CLAIM = "The city's bus fares rose by 40 percent in 2024";
const INTERNAL = "Internal: asked the transport office, awaiting the spreadsheet 91x";

/** The JSON-LD blocks of a page's HTML, parsed. */
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe.serial("publishing a fact-check", () => {
  let editor: Page;
  let slug = "";
  let docPath = "";

  test("an Editor publishes a fact-check from the claim panel and the public reads it without signing in", async ({
    browser,
    baseURL,
  }) => {
    docPath = `/documents/${await pasteDocument(baseURL, "Bus fares", [
      `${CLAIM}, the council said.`,
      "Other lines of the article say nothing that needs checking.",
    ])}`;
    const checker = await (await browser.newContext()).newPage();
    await signUp(checker, "Carla Checker");
    await checker.goto(docPath);
    await flagClaim(checker, CLAIM);
    await addNote(checker, "Misleading", INTERNAL, [
      { url: "https://example.org/fares-2024", title: "Fare table 2024" },
    ]);

    editor = await (await browser.newContext()).newPage();
    await signIn(editor, ADMIN.email, ADMIN.password);
    await editor.goto(docPath);
    await editor.locator("mark[data-claim-id]", { hasText: "bus fares" }).first().click();
    const panel = editor.getByRole("complementary", { name: "Claims" });
    const verdict = panel.getByRole("form", { name: "Final verdict" });
    await verdict.getByLabel("Verdict").selectOption({ label: "Misleading" });
    await verdict.getByLabel("Summary").fill("Fares rose 40% on one line only; the average rise was 6%.");
    await verdict.getByRole("button", { name: "Publish verdict" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("Reviewed");

    await panel.getByRole("button", { name: "Publish fact-check" }).click();
    const form = panel.getByRole("form", { name: "Publish fact-check" });
    await expect(form.getByLabel("Public headline")).toHaveValue(CLAIM);
    await expect(form.getByLabel("Public summary")).toHaveValue(/average rise was 6%/);
    await expect(form.getByRole("checkbox", { name: "Fare table 2024" })).toBeChecked();
    // An empty headline is a field error, and nothing is published.
    await form.getByLabel("Public headline").fill("");
    await form.getByRole("button", { name: "Publish fact-check" }).click();
    await expect(form.getByText("Give the fact-check a headline.")).toBeVisible();
    await form.getByLabel("Public headline").fill("Did bus fares rise 40% in 2024?");
    await form.getByLabel("Claim made by (author)").fill("The city council");
    await form.getByLabel("Date of the claim").fill("2025-01-15");
    await form.getByRole("button", { name: "Publish fact-check" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Fact-check published." })).toBeVisible();
    const link = panel.getByRole("link", { name: "View public page" });
    slug = (await link.getAttribute("href"))!.replace("/fact-checks/", "");
    expect(slug).toBe("did-bus-fares-rise-40-in-2024");

    // A visitor, no cookies: the page, its one ClaimReview, the verdict in words, nothing internal.
    const visitor = await (await browser.newContext()).newPage();
    const response = await visitor.goto(`/fact-checks/${slug}`);
    expect(response!.status()).toBe(200);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Did bus fares rise 40% in 2024?");
    await expect(visitor.getByText("Verdict: Misleading")).toBeVisible();
    await expect(visitor.getByRole("link", { name: "Fare table 2024" })).toBeVisible();
    const axe = await new AxeBuilder({ page: visitor })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const html = await response!.text();
    expect(html).not.toContain(INTERNAL);
    expect(html).not.toContain("Carla Checker");
    const [review, ...more] = jsonLdOf(html);
    expect(more).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: CLAIM,
      reviewRating: { alternateName: "Misleading", ratingValue: 2 },
      itemReviewed: { author: { name: "The city council" }, datePublished: "2025-01-15" },
    });
    expect(response!.headers()["cache-control"]).toContain("public");
    const etag = response!.headers()["etag"]!;
    const api = await request.newContext({ baseURL });
    expect((await api.get(`/fact-checks/${slug}`, { headers: { "If-None-Match": etag } })).status()).toBe(304);

    // Every public endpoint is free of the internal note.
    const oembedPath = `/api/oembed?url=${encodeURIComponent(`${baseURL}/fact-checks/${slug}`)}`;
    for (const path of [
      "/fact-checks",
      "/fact-checks/feed.xml",
      "/sitemap.xml",
      "/api/fact-checks/published",
      `/fact-checks/${slug}/embed`,
      oembedPath,
    ]) {
      const answer = await api.get(path);
      expect(answer.status(), path).toBe(200);
      const text = await answer.text();
      expect(text, path).not.toContain(INTERNAL);
      if (path !== "/fact-checks" && path !== oembedPath) expect(text, path).toContain(slug);
    }
    const published = await api.get("/api/fact-checks/published?q=bus%20fares");
    await expectDocumented(api, published, "GET", "/api/fact-checks/published");
    expect((await published.json()).items[0]).toMatchObject({ slug, verdict: "MISLEADING" });
    await visitor.goto("/fact-checks");
    await visitor.getByLabel("Search fact-checks").fill("bus fares");
    await visitor.getByLabel("Verdict").selectOption({ label: "Misleading" });
    await visitor.getByRole("button", { name: "Search" }).click();
    await expect(visitor.getByRole("link", { name: "Did bus fares rise 40% in 2024?" })).toBeVisible();

    // The share image: a 1200×630 PNG, the same bytes the second time.
    const image = await api.get(`/fact-checks/${slug}/image.png`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
    await api.dispose();
  });

  test("the embed card may be framed by any site, and nothing else may", async ({ baseURL }) => {
    const api = await request.newContext({ baseURL });
    const embed = await api.get(`/fact-checks/${slug}/embed`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const body = await embed.body();
    expect(body.byteLength).toBeLessThan(20 * 1024);
    expect(body.toString()).not.toContain("<script");
    const page = await api.get(`/fact-checks/${slug}`);
    expect(page.headers()["x-frame-options"]).toBe("DENY");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const oembed = await api.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/fact-checks/${slug}`)}`);
    expect(oembed.status()).toBe(200);
    expect(await oembed.json()).toMatchObject({
      version: "1.0",
      type: "rich",
      html: expect.stringContaining("/embed"),
    });
    expect(
      (await api.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/fact-checks/nothing-here`)}`)).status(),
    ).toBe(404);
    await api.dispose();
  });

  test("an update shows its dated correction, a reopened claim a banner, and unpublishing answers 410 with the reason", async ({
    browser,
  }) => {
    const panel = editor.getByRole("complementary", { name: "Claims" });
    await panel.getByRole("button", { name: "Update fact-check" }).click();
    const form = panel.getByRole("form", { name: "Update fact-check" });
    await form
      .getByLabel("Public summary")
      .fill("Fares rose 40% on line 7 only; the average rise across lines was 6%.");
    await form.getByLabel("Correction note").fill("Named the line whose fare rose 40%.");
    await form.getByRole("button", { name: "Update fact-check" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Fact-check updated." })).toBeVisible();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/fact-checks/${slug}`);
    await expect(visitor.getByText(/Updated \d{1,2} \w{3} \d{4}: Named the line whose fare rose 40%\./)).toBeVisible();
    await expect(visitor.getByText(/on line 7 only/)).toBeVisible();

    await panel.getByRole("button", { name: "Reopen claim" }).click();
    await panel.getByLabel("Reason for reopening").fill("The council published new figures.");
    await panel.getByRole("form", { name: "Reopen claim" }).getByRole("button", { name: "Reopen claim" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("In review");
    await visitor.reload();
    await expect(visitor.getByRole("status")).toHaveText(/Under review again since \d{1,2} \w{3} \d{4}/);

    await panel.getByRole("button", { name: "Unpublish" }).click();
    await panel.getByLabel("Reason for unpublishing").fill("The figures it relied on were withdrawn.");
    await panel.getByRole("form", { name: "Unpublish" }).getByRole("button", { name: "Unpublish" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Fact-check unpublished" })).toBeVisible();
    const gone = await visitor.goto(`/fact-checks/${slug}`);
    expect(gone!.status()).toBe(410);
    await expect(visitor.getByText("Reason: The figures it relied on were withdrawn.")).toBeVisible();
    const missing = await visitor.goto("/fact-checks/no-such-fact-check");
    expect(missing!.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name: "No fact-check at this address" })).toBeVisible();
  });

  test("the desk names itself and its rating scale in /admin/settings, and public pages follow", async ({
    browser,
  }) => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.goto("/admin/settings");
    const form = admin.getByRole("form", { name: "Publishing" });
    await form.getByLabel("Best rating").fill("0");
    await form.getByRole("button", { name: "Save publishing settings" }).click();
    await expect(form.getByText("The best rating must be above the worst.")).toBeVisible();
    await form.getByLabel("Best rating").fill("5");
    await form.getByLabel("Organisation name").fill("Riverside Fact Desk");
    await form.getByRole("button", { name: "Save publishing settings" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Publishing settings saved." })).toBeVisible();
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/fact-checks");
    await expect(visitor.getByRole("banner")).toContainText("Riverside Fact Desk");
  });
});
