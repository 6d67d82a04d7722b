import { deflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

/** A real PNG made here from raw pixels (no fixture file): `width` × `height`, one colour. */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}

/** Fills the new-product form and saves; returns on the new product's page. */
async function createProduct(page: Page, fields: { sku: string; nameZh: string; nameEn: string; kind?: "simple" | "group"; listPrice: string; configurable?: boolean }) {
  await page.goto("/app/catalog/products/new");
  const form = page.getByTestId("product-create-form");
  await form.locator('input[name="sku"]').fill(fields.sku);
  await form.locator('select[name="kind"]').selectOption(fields.kind ?? "simple");
  await form.locator('input[name="nameZh"]').fill(fields.nameZh);
  await form.locator('input[name="nameEn"]').fill(fields.nameEn);
  await form.locator('input[name="listPrice"]').fill(fields.listPrice);
  if (fields.configurable) await form.getByTestId("product-configurable").check();
  await page.getByTestId("product-save").click();
  await page.waitForURL(/\/app\/catalog\/products\/[^/]+\?created=1$/);
  await expect(page.getByTestId("form-success")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fields.nameZh);
}

test.describe("products (catalog manager)", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.manager);
  });

  test("creates a product group with two attributes, generates its variants and sees them listed", async ({ page }) => {
    const sku = unique("TS").toUpperCase();
    await createProduct(page, { sku, nameZh: "纯棉T恤", nameEn: "Cotton T-shirt", kind: "group", listPrice: "99.00" });

    const attribute = page.getByTestId("add-attribute-form");
    await attribute.locator('input[name="nameZh"]').fill("颜色");
    await attribute.locator('input[name="nameEn"]').fill("Colour");
    await attribute.locator('textarea[name="values"]').fill("红 | Red\n蓝 | Blue");
    await page.getByTestId("add-attribute").click();
    await expect(page.getByTestId("variant-attribute")).toHaveCount(1);

    await attribute.locator('input[name="nameZh"]').fill("尺寸");
    await attribute.locator('input[name="nameEn"]').fill("Size");
    await attribute.locator('textarea[name="values"]').fill("S\nM\nL");
    await page.getByTestId("add-attribute").click();
    await expect(page.getByTestId("variant-attribute")).toHaveCount(2);

    // Six combinations with proposed SKUs (editable): change one before generating.
    const generate = page.getByTestId("generate-variants-form");
    await expect(generate.locator('input[name="sku"]')).toHaveCount(6);
    await expect(generate.locator('input[name="sku"]').first()).toHaveValue(`${sku}-RED-S`);
    await generate.locator('input[name="sku"]').first().fill(`${sku}-R-S`);
    await page.getByTestId("generate-variants").click();
    await expect(page.getByTestId("variant-row")).toHaveCount(6);
    await expect(page.getByTestId("variants-table")).toContainText(`${sku}-R-S`);
    await expect(page.getByTestId("variants-table")).toContainText(`${sku}-BLUE-L`);
    await expect(page.getByTestId("variants-table")).toContainText("¥99.00");
    await expect(page.getByTestId("generate-variants-form")).toHaveCount(0);

    // The list shows the group alone; with variants shown, all seven.
    await page.goto(`/app/catalog/products?q=${encodeURIComponent(sku)}`);
    await expect(page.getByTestId("row")).toHaveCount(1);
    await page.getByTestId("filter-variants").selectOption("show");
    await expect(page.getByTestId("row")).toHaveCount(7);

    // A variant is a product of its own, linked to its group.
    await page.getByRole("link", { name: `${sku}-BLUE-M` }).click();
    await expect(page.getByTestId("variant-of")).toContainText(sku);
    await expect(page.getByTestId("variant-of")).toContainText("蓝 Blue");
  });

  test("creates a configurable product with an option that adds to the price and needs a note, and sees the live price", async ({ page }) => {
    const sku = unique("PEN").toUpperCase();
    await createProduct(page, { sku, nameZh: "定制钢笔", nameEn: "Custom pen", listPrice: "100", configurable: true });

    await page.getByTestId("edit-options").click();
    await page.getByTestId("add-option-group").click();
    const group = page.getByTestId("option-group");
    await group.getByTestId("group-code").fill("engraving");
    await group.getByTestId("group-nameZh").fill("刻字");
    await group.getByTestId("group-nameEn").fill("Engraving");
    await group.getByTestId("group-required").check();
    const choice = group.getByTestId("option-choice");
    await choice.getByTestId("choice-code").fill("text");
    await choice.getByTestId("choice-nameZh").fill("刻字内容");
    await choice.getByTestId("choice-nameEn").fill("Text");
    await choice.getByTestId("choice-priceDelta").fill("35.50");
    await choice.getByTestId("choice-requiresNote").check();
    await page.getByTestId("save-options").click();
    await expect(page.getByTestId("option-groups-form").getByTestId("form-success")).toBeVisible();

    await page.goto(page.url().replace(/\/options$/, ""));
    const preview = page.getByTestId("configure-preview");
    await expect(preview.getByTestId("configure-price")).toHaveText("¥100.00");
    await preview.getByTestId("configure-engraving.text").check();
    await expect(preview.getByTestId("configure-price")).toHaveText("¥135.50"); // live, in the browser
    await expect(preview.getByTestId("configure-errors")).toContainText("刻字内容 需要填写备注");

    // The server says the same until the note is given.
    await preview.getByTestId("configure-check").click();
    await expect(preview.getByTestId("configure-result")).toContainText("需要填写备注");
    await preview.getByTestId("configure-note-engraving.text").fill("For Li Qiang");
    await expect(preview.getByTestId("configure-errors")).toHaveCount(0);
    await preview.getByTestId("configure-check").click();
    await expect(preview.getByTestId("configure-result")).toContainText("¥135.50");
  });

  test("uploads an image and sees it on the product page", async ({ page }) => {
    const sku = unique("IMG").toUpperCase();
    await createProduct(page, { sku, nameZh: "图片测试", nameEn: "Image test", listPrice: "1" });
    await expect(page.getByTestId("product-image")).toHaveCount(0);

    await page.getByTestId("image-upload-form").locator('input[name="image"]').setInputFiles({ name: "red.png", mimeType: "image/png", buffer: png(120, 80, [200, 30, 30]) });
    await page.getByTestId("image-upload").click();
    await expect(page.getByTestId("product-image")).toHaveCount(1);
    const main = page.getByTestId("product-main-image");
    await expect(main).toBeVisible();
    await expect.poll(() => main.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    const response = await page.request.get((await main.getAttribute("src"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cache-control"]).toContain("immutable");

    // Not an image (a text file named .png): refused on the field, nothing added.
    await page.getByTestId("image-upload-form").locator('input[name="image"]').setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("not a picture") });
    await page.getByTestId("image-upload").click();
    await expect(page.getByTestId("image-upload-form").getByTestId("form-error")).toBeVisible();
    await expect(page.getByTestId("product-image")).toHaveCount(1);
  });
});

test("a sales rep sees the product list but gets the 404 page for a new product", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/catalog/products");
  await expect(page.getByTestId("data-table")).toBeVisible();
  await expect(page.getByTestId("new-product")).toHaveCount(0);
  await page.goto("/app/catalog/products/new");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/app/catalog/categories");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/app/catalog/products/no-such-product");
  await expect(page.getByTestId("not-found")).toBeVisible();
});
