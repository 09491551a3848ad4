import { expect, test as setup } from "@playwright/test";
import { ADMIN } from "./helpers";

// Runs before every other test on the fresh e2e database, so the first account, which
// becomes the admin, is this one and not whichever test happens to sign up first.
setup("create the admin account", async ({ request }) => {
  const response = await request.post("/api/signup", { data: ADMIN });
  expect([201, 409]).toContain(response.status());
});
