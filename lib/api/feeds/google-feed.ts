// Google Merchant Center product feed (RSS 2.0 with the g: namespace), one item per sellable SKU:
// a simple product is one item, a group one item per variant with g:item_group_id. Pure mapping
// from the public model (unit tested); items Google would reject for lack of a price or an
// image are left out rather than sent broken.
import type { PublicImage, PublicProduct } from "@/lib/public-catalog/schema";

const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const AVAILABILITY = { in_stock: "in_stock", low: "in_stock", out: "out_of_stock", backorder: "backorder" } as const;

const COLOUR = /^(colou?r|颜色|顏色)$/i;
const SIZE = /^(size|尺寸|尺码|规格)$/i;

type Item = {
  id: string;
  title: string;
  description: string;
  link: string;
  images: PublicImage[];
  availability: keyof typeof AVAILABILITY;
  price: string;
  brand: string;
  gtin: string | null;
  mpn: string | null;
  productType: string | null;
  groupId: string | null;
  attributes: { name: string; value: string }[];
};

export function googleItems(product: PublicProduct): Item[] {
  const common = { description: product.description || product.name, link: product.url, brand: product.brand, productType: product.category?.pathText ?? null };
  if (product.kind === "simple") {
    if (!product.price) return [];
    return [{ ...common, id: product.sku, title: product.name, images: product.images, availability: product.availability, price: `${product.price.amount} ${product.price.currency}`, gtin: product.gtin, mpn: product.mpn, groupId: null, attributes: [] }];
  }
  return product.variants.flatMap((v) =>
    v.price
      ? [{ ...common, id: v.sku, title: v.name, images: v.images.length ? v.images : product.images, availability: v.availability, price: `${v.price.amount} ${v.price.currency}`, gtin: v.gtin, mpn: v.mpn ?? product.mpn, groupId: product.sku, attributes: v.attributes }]
      : [],
  );
}

function tag(name: string, value: string): string {
  return `<g:${name}>${xmlText(value)}</g:${name}>`;
}

export function googleItemXml(item: Item): string {
  if (item.images.length === 0) return "";
  const parts = [
    tag("id", clip(item.id, 50)),
    tag("title", clip(item.title, 150)),
    tag("description", clip(item.description, 5000)),
    tag("link", item.link),
    tag("image_link", item.images[0].url),
    ...item.images.slice(1, 11).map((i) => tag("additional_image_link", i.url)),
    tag("availability", AVAILABILITY[item.availability]),
    tag("price", item.price),
    tag("condition", "new"),
  ];
  if (item.brand) parts.push(tag("brand", item.brand));
  if (item.gtin) parts.push(tag("gtin", item.gtin));
  if (item.mpn) parts.push(tag("mpn", item.mpn));
  if (!item.gtin && !item.mpn) parts.push(tag("identifier_exists", "no"));
  if (item.productType) parts.push(tag("product_type", item.productType));
  if (item.groupId) parts.push(tag("item_group_id", item.groupId));
  for (const a of item.attributes) {
    if (COLOUR.test(a.name)) parts.push(tag("color", a.value));
    else if (SIZE.test(a.name)) parts.push(tag("size", a.value));
  }
  return `<item>${parts.join("")}</item>\n`;
}

export function googleFeedHead({ title, link, description }: { title: string; link: string; description: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<title>${xmlText(title)}</title>\n<link>${xmlText(link)}</link>\n<description>${xmlText(description)}</description>\n`;
}

export const GOOGLE_FEED_TAIL = "</channel>\n</rss>\n";

export async function* googleFeed(products: AsyncIterable<PublicProduct>, channel: { title: string; link: string; description: string }): AsyncGenerator<string> {
  yield googleFeedHead(channel);
  for await (const product of products) {
    const xml = googleItems(product).map(googleItemXml).join("");
    if (xml) yield xml;
  }
  yield GOOGLE_FEED_TAIL;
}
