import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// An admin issues a partner key, the partner's program uses it on /api/v1, the admin revokes it
// and the very next call with it is refused.

test("an admin creates an API key shown once, a partner uses it, and revocation locks it out", async ({ page, request }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/app/settings/api-keys");
  const name = unique("Partner shop");
  const form = page.getByTestId("api-key-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="partner"]').fill("E2E Retail Ltd");
  await form.locator('input[name="rateLimitPerMinute"]').fill("120");
  await form.locator('button[type="submit"]').click();

  const shown = page.getByTestId("created-api-key").locator("code");
  await expect(shown).toHaveText(/^crk_[A-Za-z0-9]+_\S+$/);
  const key = (await shown.textContent())!.trim();

  // The partner's program calls the API with it: keyed answers are private and carry its limit.
  const auth = { Authorization: `Bearer ${key}` };
  const products = await request.get("/api/v1/catalog/products?limit=2&locale=en", { headers: auth });
  expect(products.status()).toBe(200);
  expect(products.headers()["cache-control"]).toMatch(/^private/);
  expect(products.headers()["x-ratelimit-limit"]).toBe("120");
  const body = (await products.json()) as { data: { sku: string }[]; nextCursor: string | null };
  expect(body.data.length).toBeGreaterThan(0);
  expect((await request.get("/api/v1/catalog/categories", { headers: auth })).status()).toBe(200);

  // Shown once: after a reload the list names the key by its prefix only.
  await page.reload();
  const row = page.getByTestId("api-keys-table").locator("tr", { hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${key.split("_").slice(0, 2).join("_")}_…`);
  await expect(page.getByText(key)).toHaveCount(0);

  // Revoke on the key's page (the browser asks to confirm first).
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("revoke-api-key").click();
  await expect(page.getByTestId("revoke-api-key")).toHaveCount(0);

  const refused = await request.get("/api/v1/catalog/products?limit=2", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  // Anonymous access still works: the public catalog is not behind keys.
  expect((await request.get("/api/v1/catalog/products?limit=2")).status()).toBe(200);
});
