import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addNote, ESSAY_PATH, flagClaim, GPL_SENTENCE, setRole, signUp } from "./helpers";

const EU_SENTENCE =
  "The 2023 EU Artificial Intelligence Act will include closed source models in high-risk regulatory categories";

test.describe.serial("review and report", () => {
  let annotator: Page;
  let reviewer: Page;

  test("a reviewer filters the queue, assigns, publishes False, reopens another; the annotator sees verdict and history", async ({
    browser,
  }) => {
    annotator = await (await browser.newContext()).newPage();
    await signUp(annotator, "Nora Notes");
    await annotator.goto(ESSAY_PATH);
    await flagClaim(annotator, GPL_SENTENCE);
    await addNote(annotator, "Misleading", "GPL-3.0 is not about models; its copyleft applies to distributed code.", [
      { url: "https://www.gnu.org/licenses/gpl-3.0.html", title: "GNU GPL v3" },
    ]);
    await annotator.getByRole("button", { name: "← All claims" }).click();
    await flagClaim(annotator, EU_SENTENCE);
    await addNote(annotator, "False", "The AI Act was agreed in 2024 and is risk-based, not source-based.", [
      { url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", title: "Regulation (EU) 2024/1689" },
    ]);

    reviewer = await (await browser.newContext()).newPage();
    await signUp(reviewer, "Rita Review");
    await setRole(browser, "Rita Review", "Reviewer");

    // The home page tells a reviewer what waits for them, and shows each document's progress.
    await reviewer.goto("/");
    await expect(reviewer.getByRole("link", { name: /Claims that need your review: \d+/ })).toBeVisible();
    // The essay is the oldest document: other walks' documents may have pushed it past the first page.
    await reviewer.getByLabel("Search documents").fill("The Debate between Open Source");
    await reviewer.getByLabel("Search documents").press("Enter");
    await expect(
      reviewer
        .getByRole("row")
        .filter({ hasText: "The Debate between Open Source and Closed Source" })
        .getByRole("img", { name: /\d+ flagged, \d+ in review, \d+ published/ }),
    ).toBeVisible();

    await reviewer.goto("/review");
    await reviewer.getByLabel("Status", { exact: true }).selectOption({ label: "In review" });
    await reviewer.getByRole("button", { name: "Apply filters" }).click();
    await expect(reviewer).toHaveURL(/status=IN_REVIEW/);
    const table = reviewer.getByRole("table");
    const gplRow = table.getByRole("row").filter({ hasText: "GPL-3.0 protocol" });
    const euRow = table.getByRole("row").filter({ hasText: "2023 EU Artificial Intelligence Act" });
    await expect(gplRow).toContainText("Misleading ×1");
    await expect(euRow).toBeVisible();

    await gplRow.getByRole("checkbox").check();
    await reviewer.getByLabel("Assign to…").selectOption({ label: "Rita Review" });
    await reviewer.getByRole("button", { name: "Assign selected" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "1 claim changed." })).toBeVisible();
    await expect(gplRow).toContainText("Rita Review");
    await expect(
      reviewer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Review/ }),
    ).toContainText("1");

    // Publish False on the GPL claim from the queue.
    await gplRow.getByRole("link").click();
    const panel = reviewer.getByRole("complementary", { name: "Claims" });
    const verdictForm = panel.getByRole("form", { name: "Final verdict" });
    await verdictForm.getByLabel("Verdict").selectOption({ label: "False" });
    await verdictForm
      .getByLabel("Summary")
      .fill("GPL-3.0 has no clause about models; copyleft covers distributed derivative code only.");
    await verdictForm.getByRole("button", { name: "Publish verdict" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("Reviewed");
    await expect(panel.getByText("Final verdict", { exact: true })).toBeVisible();

    // Settle the EU claim, then reopen it with a reason.
    await reviewer.goto("/review?assignee=any");
    await reviewer
      .getByRole("row")
      .filter({ hasText: "2023 EU Artificial Intelligence Act" })
      .getByRole("link")
      .click();
    const euForm = panel.getByRole("form", { name: "Final verdict" });
    await euForm.getByLabel("Verdict").selectOption({ label: "Mostly true" });
    await euForm.getByLabel("Summary").fill("Draft summary.");
    await euForm.getByRole("button", { name: "Publish verdict" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("Reviewed");
    await panel.getByRole("button", { name: "Reopen claim" }).click();
    await panel.getByLabel("Reason for reopening").fill("The Act was adopted in 2024, not 2023; needs a closer look.");
    await panel.getByRole("form", { name: "Reopen claim" }).getByRole("button", { name: "Reopen claim" }).click();
    await expect(panel.getByTestId("claim-status")).toHaveText("In review");

    // The annotator sees the verdict in the reader and the trail in the panel.
    await annotator.goto(ESSAY_PATH);
    const gplMark = annotator.locator("mark[data-claim-id]", { hasText: "GPL-3.0 protocol" }).first();
    await expect(gplMark).toHaveAttribute("aria-describedby", /legend-verdict-FALSE/);
    await gplMark.click();
    const annotatorPanel = annotator.getByRole("complementary", { name: "Claims" });
    await expect(annotatorPanel.getByText("False", { exact: true }).first()).toBeVisible();
    await expect(annotatorPanel.getByText(/GPL-3.0 has no clause about models/)).toBeVisible();
    await annotatorPanel.getByText(/^History/).click();
    const history = annotatorPanel.getByRole("list", { name: "History" });
    await expect(history).toContainText("Rita Review changed the assignee");
    await expect(history).toContainText("Rita Review published the final verdict");

    await annotatorPanel.getByRole("button", { name: "← All claims" }).click();
    await annotatorPanel.getByRole("button", { name: /2023 EU Artificial Intelligence Act/ }).click();
    await annotatorPanel.getByText(/^History/).click();
    await expect(annotatorPanel.getByRole("list", { name: "History" })).toContainText(
      "reopened the claim: “The Act was adopted in 2024",
    );

    // A bulk status change one claim refuses changes nothing, and offers to skip that one.
    await reviewer.goto("/review?assignee=any");
    const rows = reviewer.getByRole("table").getByRole("row");
    await rows.filter({ hasText: "GPL-3.0 protocol" }).getByRole("checkbox").check();
    await rows.filter({ hasText: "2023 EU Artificial Intelligence Act" }).getByRole("checkbox").check();
    await reviewer.getByLabel("Set status").selectOption({ label: "Flagged" });
    await reviewer.getByRole("button", { name: "Set status of selected" }).click();
    await expect(reviewer.getByRole("alert").filter({ hasText: "cannot move to Flagged" })).toContainText(
      "No claim was changed",
    );
    await reviewer.getByRole("button", { name: "Skip the 1 that can't change" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "1 claim changed." })).toBeVisible();
    await expect(rows.filter({ hasText: "2023 EU Artificial Intelligence Act" })).toContainText("Flagged");
    await expect(rows.filter({ hasText: "GPL-3.0 protocol" })).toContainText("Reviewed");
  });

  test("the reviewed claim appears in the report, and every download has the right type and content", async () => {
    await reviewer.goto(`${ESSAY_PATH}/report`);
    const claim = reviewer.locator(".report-claim", { hasText: "GPL-3.0 protocol" });
    await expect(claim).toContainText("Final verdict: False");
    await expect(claim.getByRole("link", { name: "GNU GPL v3" })).toBeVisible();
    await expect(reviewer.locator(".report-claim", { hasText: "2023 EU Artificial" })).toContainText(
      "Not yet reviewed",
    );
    await expect(reviewer.getByRole("img", { name: "Claims by final verdict" })).toBeVisible();

    await reviewer.getByLabel("Reviewed claims only").check();
    await reviewer.getByRole("button", { name: "Apply options" }).click();
    await expect(reviewer).toHaveURL(/reviewed=1/);
    await expect(reviewer.locator(".report-claim", { hasText: "2023 EU Artificial" })).toHaveCount(0);

    const expected: [string, RegExp, string][] = [
      ["Download PDF", /^application\/pdf/, ".pdf"],
      ["Download Markdown", /^text\/markdown/, ".md"],
      ["Download CSV", /^text\/csv/, ".csv"],
      ["Download ClaimReview JSON-LD", /^application\/ld\+json/, ".claimreview.jsonld"],
      [
        "Download W3C annotations",
        /^application\/ld\+json; profile="http:\/\/www.w3.org\/ns\/anno.jsonld"/,
        ".annotations.jsonld",
      ],
    ];
    for (const [name, type, extension] of expected) {
      const href = await reviewer.getByRole("link", { name }).getAttribute("href");
      expect(href).toContain("reviewed=1");
      const response = await reviewer.request.get(href!);
      expect(response.status(), name).toBe(200);
      expect(response.headers()["content-type"]).toMatch(type);
      expect(response.headers()["content-disposition"]).toMatch(
        new RegExp(
          `attachment; filename="open-vs-closed-source-ai-\\d{4}-\\d{2}-\\d{2}-report${extension.replace(/\./g, "\\.")}"`,
        ),
      );
      const body = await response.body();
      expect(body.length).toBeGreaterThan(100);
      if (name === "Download PDF") {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-")), "report.pdf");
        fs.writeFileSync(file, body);
        const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        expect(text).toContain("GPL-3.0 protocol adds");
        expect(text).toContain("Final verdict: False");
      } else if (name === "Download ClaimReview JSON-LD") {
        const reviews = JSON.parse(body.toString("utf8")) as { claimReviewed: string }[];
        expect(reviews.find((r) => r.claimReviewed.includes("GPL-3.0"))).toMatchObject({
          "@type": "ClaimReview",
          reviewRating: { alternateName: "False", ratingValue: 1 },
        });
      } else {
        expect(body.toString("utf8")).toContain("GPL-3.0 protocol");
      }
    }

    const bad = await reviewer.request.get("/api/documents/open-vs-closed-source-ai/report?format=docx");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toContain("Allowed formats: html, pdf, md, csv, claimreview, w3c");
    expect((await reviewer.request.get("/api/documents/no-such-doc/report?format=md")).status()).toBe(404);
  });

  test("the review queue, a claim panel with the reviewer's forms, and the report have no detectable accessibility violations", async () => {
    for (const url of ["/review?assignee=any", `${ESSAY_PATH}/report?notes=1`, "/review/stats"]) {
      await reviewer.goto(url);
      await expect(reviewer.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page: reviewer }).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
    await reviewer.goto("/review?assignee=any");
    await reviewer
      .getByRole("row")
      .filter({ hasText: "2023 EU Artificial Intelligence Act" })
      .getByRole("link")
      .click();
    await expect(reviewer.getByRole("form", { name: "Final verdict" })).toBeVisible();
    const results = await new AxeBuilder({ page: reviewer }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test("other tools read the annotations through the W3C protocol container, with ETags", async () => {
    const container = await reviewer.request.get("/api/documents/open-vs-closed-source-ai/annotations");
    expect(container.headers()["content-type"]).toContain('profile="http://www.w3.org/ns/anno.jsonld"');
    expect(container.headers()["link"]).toContain("ldp#BasicContainer");
    const etag = container.headers()["etag"]!;
    const again = await reviewer.request.get("/api/documents/open-vs-closed-source-ai/annotations", {
      headers: { "If-None-Match": etag },
    });
    expect(again.status()).toBe(304);
    const description = await container.json();
    const page = await (await reviewer.request.get(description.first)).json();
    expect(page.type).toBe("AnnotationPage");
    const gpl = page.items.find((a: { target: { selector: { exact?: string }[] } }) =>
      a.target.selector[0]!.exact?.includes("GPL-3.0"),
    );
    expect(gpl.motivation).toBe("assessing");
    const one = await reviewer.request.get(new URL(gpl.id).pathname);
    expect((await one.json()).id).toBe(gpl.id);
    await reviewer.goto(gpl.via);
    await expect(reviewer.getByRole("complementary", { name: "Claims" }).getByRole("blockquote")).toContainText(
      "GPL-3.0 protocol",
    );
  });
});
