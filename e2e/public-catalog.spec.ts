import Database from "better-sqlite3";
import { Client } from "pg";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// The public catalog as a visitor and a search engine see it, without signing in.

/** The schema.org blocks of the page, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}

test.describe("public catalog", () => {
  test("a visitor browses categories, searches, opens a product and configures it with a live price", async ({ page }) => {
    await page.goto("/en/catalog");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("product-card").first()).toBeVisible();
    const all = await page.getByTestId("catalog-count").textContent();

    // Category navigation narrows the list and shows the category as the page title.
    await page.getByTestId("category-safety-gear").click();
    await expect(page).toHaveURL(/category=safety-gear/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Safety gear");
    await expect(page.getByTestId("catalog-count")).not.toHaveText(all ?? "");

    // Filters: in stock only and price order keep the category.
    await page.getByTestId("filter-stock").check();
    await page.getByTestId("filter-sort").selectOption("price_asc");
    await page.getByTestId("filter-apply").click();
    await expect(page).toHaveURL(/stock=1/);
    await expect(page).toHaveURL(/category=safety-gear/);
    await expect(page.locator('[data-testid="product-card"] [data-level="out"]')).toHaveCount(0);

    // Search from the header.
    await page.getByTestId("site-search").fill("logo workwear");
    await page.getByTestId("site-search").press("Enter");
    await expect(page).toHaveURL(/q=logo/);
    const card = page.locator('[data-testid="product-card"][data-slug="custom-logo-workwear"]');
    await expect(card).toBeVisible();
    await card.click();

    await expect(page).toHaveURL(/\/en\/catalog\/custom-logo-workwear$/);
    await expect(page.getByTestId("product-name")).toHaveText("Custom logo workwear");
    const [ld] = await jsonLd(page);
    expect(ld).toMatchObject({ "@type": "Product", name: "Custom logo workwear", offers: { price: "99.00", priceCurrency: "CNY" } });
    expect((ld.image as string[])[0]).toMatch(/^https?:\/\/.+\.webp$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/catalog\/custom-logo-workwear$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", /\/catalog\/custom-logo-workwear$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Custom logo workwear");

    // Configure: the price follows every choice, computed in the browser.
    await page.getByTestId("option-size.l").check();
    await expect(page.getByTestId("live-price")).toHaveText("CN¥99.00");
    await page.getByTestId("option-size.xxl").check();
    await expect(page.getByTestId("live-price")).toHaveText("CN¥109.00");
    await page.getByTestId("option-branding.chest").check();
    await expect(page.getByTestId("configuration-errors")).toBeVisible(); // the embroidery text is missing
    await page.getByTestId("option-note-branding.chest").fill("ACME");
    await expect(page.getByTestId("live-price")).toHaveText("CN¥124.00");

    // The same page in Chinese, through the language switcher.
    await page.getByTestId("site-locale-zh-CN").click();
    await expect(page).toHaveURL(/\/catalog\/custom-logo-workwear$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByTestId("product-name")).toHaveText("定制LOGO工作服");
  });

  test("a variant group offers its versions with their own SKU, price and availability", async ({ page }) => {
    await page.goto("/catalog/steel-toe-safety-shoes");
    const [ld] = await jsonLd(page);
    expect(ld["@type"]).toBe("ProductGroup");
    const variants = ld.hasVariant as { sku: string; offers: { price: string; priceCurrency: string } }[];
    expect(variants.length).toBeGreaterThan(3);
    for (const v of variants) expect(v.offers).toMatchObject({ price: expect.stringMatching(/^\d+\.\d\d$/), priceCurrency: "CNY" });
    await page.getByTestId("variant-value-0-42").click();
    await expect(page.getByTestId("variant-sku")).toContainText("SHO-V01-42");
  });

  test("an unpublished product is a 404 and the sitemap and robots.txt list the public pages", async ({ page, request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
    expect(robots).toMatch(/Disallow: \/app/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/en/catalog/custom-logo-workwear</loc>");
    expect(sitemap).toMatch(/hreflang="zh-CN" href="[^"]+\/catalog\/custom-logo-workwear"/);
    const hidden = (await hiddenProducts()).find((p) => p.slug);
    if (hidden) {
      const response = await page.goto(`/catalog/${hidden.slug}`);
      expect(response?.status()).toBe(404);
    }
  });

  test("no public page shows an unpublished or inactive product, or a product's cost", async ({ request }) => {
    test.setTimeout(300_000);
    const hidden = await hiddenProducts();
    expect(hidden.length).toBeGreaterThan(10);
    const costs = await productCosts();
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&")));
    expect(urls.length).toBeGreaterThan(200);
    const leaks: string[] = [];
    const tokens = hidden.flatMap((p) => [p.sku, p.slug].filter((s): s is string => Boolean(s)));
    const pattern = new RegExp(`(?<![\\w-])(${tokens.map((t) => t.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")).join("|")})(?![\\w-])`);
    for (const url of urls) {
      const response = await request.get(url.pathname + url.search);
      expect(response.status(), url.pathname).toBe(200);
      // Icon path data ("M17.774 10.31a1.12 …") is drawing, not content.
      const html = (await response.text()).replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/\\?"d\\?":\\?"[^"\\]*\\?"/g, "");
      const hit = pattern.exec(html);
      if (hit) leaks.push(`${url.pathname}${url.search}: ${hit[1]}`);
      const slug = /\/catalog\/([^/?]+)$/.exec(url.pathname)?.[1];
      const own = slug ? costs.get(decodeURIComponent(slug)) : undefined;
      if (own) {
        for (const cost of own.costs) {
          if (cost <= 0 || own.shown.has(cost)) continue; // a cost equal to a public price is not a leak
          const text = (cost / 100).toFixed(2);
          if (new RegExp(`(?<![\\d.])${text.replace(".", "\\.")}(?![\\d])`).test(html) || new RegExp(`"amountMinor":${cost}[,}]`).test(html)) leaks.push(`${url.pathname}: cost ${text}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  test("a visitor sends an enquiry with the chosen configuration and a rep finds the lead", async ({ page }) => {
    const person = unique("Visitor");
    await page.goto("/en/catalog/custom-logo-workwear");
    await page.getByTestId("option-size.xxl").check();
    await page.getByTestId("option-branding.chest").check();
    await page.getByTestId("option-note-branding.chest").fill("ACME");
    await expect(page.getByTestId("live-price")).toHaveText("CN¥124.00");
    await expect(page.getByTestId("enquiry-summary")).toContainText("Chest embroidery (ACME)");

    const form = page.getByTestId("enquiry-form");
    await form.getByTestId("enquiry-name").fill(person);
    await form.getByTestId("enquiry-company").fill("Acme Trading");
    // Neither email nor phone: a translated field error, nothing sent.
    await form.getByTestId("enquiry-submit").click();
    await expect(form.getByTestId("enquiry-email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Give an email address or a phone number.")).toBeVisible();

    await form.getByTestId("enquiry-email").fill("buyer@example.com");
    await form.getByTestId("enquiry-message").fill("50 sets for our warehouse team");
    await form.getByTestId("enquiry-submit").click();
    const sent = page.getByTestId("enquiry-sent");
    await expect(sent).toBeVisible();
    const number = /LEAD-\d{4}-\d+|[A-Z]+-\d{4}-\d+/.exec((await sent.textContent()) ?? "")?.[0];
    expect(number).toBeTruthy();

    // The lead goes to the owner the assignment rules pick (the demo's default owner: the manager).
    await signIn(page, DEMO.manager);
    await page.goto(`/app/crm/leads?q=${encodeURIComponent(person)}`);
    await page.getByRole("link", { name: person }).first().click();
    await expect(page.getByRole("heading", { name: person })).toBeVisible();
    const configuration = page.getByTestId("lead-configuration");
    await expect(configuration).toContainText("Custom logo workwear");
    await expect(configuration).toContainText("XXL");
    await expect(configuration).toContainText("Chest embroidery: ACME");
    await expect(configuration).toContainText("CN¥124.00");
  });

  test("a bot that fills the hidden field gets a thank-you and creates nothing", async ({ page }) => {
    const person = unique("Bot");
    await page.goto("/catalog/steel-toe-safety-shoes");
    const form = page.getByTestId("enquiry-form");
    await form.getByTestId("enquiry-name").fill(person);
    await form.getByTestId("enquiry-phone").fill("13800000000");
    await form.locator('input[name="website"]').fill("http://spam.example", { force: true });
    await form.getByTestId("enquiry-submit").click();
    await expect(page.getByTestId("enquiry-sent")).toBeVisible();
    await signIn(page, DEMO.admin);
    await page.goto(`/app/crm/leads?q=${encodeURIComponent(person)}`);
    await expect(page.getByRole("link", { name: person })).toHaveCount(0);
  });

  test("a product unpublished in the app leaves the public catalog at once, and comes back when published", async ({ page }) => {
    const [row] = await query(`SELECT "id", "slug", "sku" FROM "Product" WHERE "published" = true AND "status" = 'active' AND "kind" = 'simple' AND "configurable" = false ORDER BY "sku" LIMIT 1`);
    const path = `/en/catalog/${String(row.slug)}`;
    expect((await page.goto(path))?.status()).toBe(200); // now in the cache
    await signIn(page, DEMO.admin);
    const edit = async (published: boolean) => {
      await page.goto(`/app/catalog/products/${String(row.id)}/edit`);
      await page.getByTestId("product-published").setChecked(published);
      await page.getByTestId("product-save").click();
      await expect(page.getByTestId("form-success")).toBeVisible();
    };
    await edit(false);
    expect((await page.goto(path))?.status()).toBe(404);
    await page.goto(`/en/catalog?q=${encodeURIComponent(String(row.sku))}`);
    await expect(page.getByTestId("catalog-empty")).toBeVisible();
    await edit(true);
    expect((await page.goto(path))?.status()).toBe(200);
  });
});

// ── The database behind the e2e server (scripts/e2e-server.mjs): SQLite file or PostgreSQL ──

type Row = Record<string, unknown>;

async function query(sql: string): Promise<Row[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (url && /^postgres/.test(url)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Row[];
    } finally {
      await client.end();
    }
  }
  const db = new Database("data/e2e.db", { readonly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}

const isTrue = (v: unknown) => v === true || v === 1;

/** Products a visitor must never see: not published, not active, or variants of such groups. */
async function hiddenProducts(): Promise<{ sku: string; slug: string | null }[]> {
  const rows = await query(`SELECT p."sku", p."slug", p."published", p."status", p."kind", g."published" AS "groupPublished", g."status" AS "groupStatus"
    FROM "Product" p LEFT JOIN "Product" g ON g."id" = p."parentId"`);
  return rows
    .filter((r) => (r.kind === "variant" ? !(isTrue(r.groupPublished) && r.groupStatus === "active" && r.status === "active") : !(isTrue(r.published) && r.status === "active")))
    .map((r) => ({ sku: String(r.sku), slug: r.slug ? String(r.slug) : null }));
}

/** Per public slug: the standard costs of the product and its variants, and the prices and deltas its page shows. */
async function productCosts(): Promise<Map<string, { costs: number[]; shown: Set<number> }>> {
  const rows = await query(`SELECT COALESCE(g."slug", p."slug") AS "slug", p."standardCost" AS "cost", p."id" AS "id", p."listPrice" AS "listPrice"
    FROM "Product" p LEFT JOIN "Product" g ON g."id" = p."parentId" WHERE COALESCE(g."slug", p."slug") IS NOT NULL`);
  const prices = await query(`SELECT i."productId", i."unitPrice" FROM "PriceListItem" i JOIN "PriceList" l ON l."id" = i."priceListId" WHERE l."isPublic" = true`);
  const deltas = await query(`SELECT c."priceDelta", o."productId" FROM "ProductOptionChoice" c JOIN "ProductOptionGroup" o ON o."id" = c."groupId"`);
  const out = new Map<string, { costs: number[]; shown: Set<number> }>();
  const slugOf = new Map(rows.map((r) => [String(r.id), String(r.slug)]));
  for (const r of rows) {
    const entry = out.get(String(r.slug)) ?? { costs: [], shown: new Set<number>() };
    entry.costs.push(Number(r.cost));
    out.set(String(r.slug), entry);
  }
  for (const p of [...prices, ...deltas]) {
    const entry = out.get(slugOf.get(String(p.productId)) ?? "");
    entry?.shown.add(Number(p.unitPrice ?? p.priceDelta));
  }
  return out;
}
