import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { createProductRow, pngBytes } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { deleteProductImage } from "./delete-product-image";
import { productImageFile } from "./image-files";
import { moveProductImage } from "./move-product-image";
import { storeProductImage } from "./store-product-image";

let manager: Actor;
const dataDir = mkdtempSync(path.join(tmpdir(), "carrack-images-"));
const uploads = () => path.join(dataDir, "uploads", "products");
const files = () => readdirSync(uploads()).sort();

beforeAll(async () => {
  process.env.CARRACK_DATA_DIR = dataDir;
  await createCompany();
  manager = await createActor("manager");
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe(`product images on ${dbKind}`, () => {
  it("stores 1600 and 400 px WebP copies under random names, never enlarged, audited", async () => {
    const product = await createProductRow();
    const big = new Uint8Array(await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#3366cc" } }).jpeg().toBuffer());
    const image = await storeProductImage({ actor: manager, productId: product.id, bytes: big });
    expect(image).toMatchObject({ width: 1600, height: 800, position: 0 });
    expect(image.fileName).toMatch(/^p-[0-9a-f-]{36}$/);
    const small = await sharp(path.join(uploads(), productImageFile(image.fileName, 400))).metadata();
    expect(small).toMatchObject({ format: "webp", width: 400, height: 200 });
    const tiny = await storeProductImage({ actor: manager, productId: product.id, bytes: await pngBytes(40, 30) });
    expect(tiny).toMatchObject({ width: 40, height: 30, position: 1 });
    expect(await db.auditEntry.count({ where: { entityId: product.id, action: "addImage" } })).toBe(2);
  });

  it("refuses anything but PNG, JPEG or WebP bytes, and bytes that do not decode, writing nothing", async () => {
    const product = await createProductRow();
    const before = files();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const broken = (await pngBytes()).slice(0, 60);
    for (const bytes of [svg, broken, new Uint8Array(0), new TextEncoder().encode("hello")]) {
      await expect(storeProductImage({ actor: manager, productId: product.id, bytes })).rejects.toMatchObject({ field: "image", key: "catalog.productImage" });
    }
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(await pngBytes());
    await expect(storeProductImage({ actor: manager, productId: product.id, bytes: huge })).rejects.toMatchObject({ key: "catalog.productImage" });
    await expect(storeProductImage({ actor: manager, productId: "missing", bytes: await pngBytes() })).rejects.toMatchObject({ name: "NotFoundError" });
    expect(files()).toEqual(before); // the files of the refused upload were removed again
    expect(await db.productImage.count({ where: { productId: product.id } })).toBe(0);
  });

  it("joins the caller's transaction (the seed's)", async () => {
    const product = await createProductRow();
    await transact(async (tx) => {
      await storeProductImage({ tx, productId: product.id, bytes: await pngBytes(10, 10) });
    });
    expect(await db.productImage.count({ where: { productId: product.id } })).toBe(1);
  });

  it("reorders and deletes, removing the files", async () => {
    const product = await createProductRow();
    const a = await storeProductImage({ actor: manager, productId: product.id, bytes: await pngBytes(20, 20) });
    const b = await storeProductImage({ actor: manager, productId: product.id, bytes: await pngBytes(30, 20) });
    await moveProductImage({ actor: manager, id: b.id, direction: "up" });
    const order = async () => (await db.productImage.findMany({ where: { productId: product.id }, orderBy: { position: "asc" }, select: { id: true } })).map((i) => i.id);
    expect(await order()).toEqual([b.id, a.id]);
    await moveProductImage({ actor: manager, id: b.id, direction: "up" }); // already first: nothing moves
    expect(await order()).toEqual([b.id, a.id]);
    await deleteProductImage({ actor: manager, id: b.id });
    expect(await order()).toEqual([a.id]);
    expect(files().some((f) => f.startsWith(b.fileName))).toBe(false);
    expect(files().filter((f) => f.startsWith(a.fileName))).toHaveLength(2);
    const rep = await createActor("sales");
    await expect(deleteProductImage({ actor: rep, id: a.id })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(storeProductImage({ actor: rep, productId: product.id, bytes: await pngBytes() })).rejects.toMatchObject({ name: "AccessDeniedError" });
  });
});
