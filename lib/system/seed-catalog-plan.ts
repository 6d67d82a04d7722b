import { gtinCheckDigit } from "@/lib/catalog/gtin";
import { slugify } from "@/lib/catalog/slug";
import { UOM_DECIMALS } from "@/lib/catalog/uom";
import { valueCode } from "@/lib/catalog/variants/combinations";
import { parseMoney } from "@/lib/domain/money";
import type { OptionGroupInput, ProductInput } from "@/lib/validation/product";
import { CATEGORIES, LEAVES, type IconShape, type Pair } from "./seed-catalog-data";
import { CONFIGURABLES, VARIANT_GROUPS } from "./seed-catalog-extras";
import { seededRandom, type Random } from "./seed-catalog-random";

// The demo catalog as plain data, computed from a fixed seed: every product's fields (money in
// fen, quantities in thousandths), the variant groups and option groups. The seed runner only
// feeds this through the services. Pure, so a unit test checks it is the same on every run.

export const CATALOG_SEED = 20260401;
const CURRENCY = "CNY";
/** GS1 China prefix "69" plus a made-up company number: 69 12345 nnnnn c. */
const GTIN_PREFIX = "6912345";

export type PlannedProduct = {
  /** ProductInput without the category id, which exists only once categories are created. */
  input: Omit<ProductInput, "categoryId">;
  category: string;
  /** Shown on the generated picture. */
  badge: string;
  icon: IconShape;
  colour: string;
  kind: "simple" | "group";
  options?: OptionGroupInput[];
};

export type PlannedVariant = { sku: string; groupSku: string; listPrice: number; standardCost: number; gtin: string; valuesEn: string[] };

export type PlannedGroup = { sku: string; attributes: { nameZh: string; nameEn: string; values: { valueZh: string; valueEn: string }[] }[]; variants: PlannedVariant[] };

export type CatalogPlan = { products: PlannedProduct[]; groups: PlannedGroup[] };

const yuan = (amount: number) => parseMoney(String(amount), CURRENCY);

/** A believable shelf price in fen: 10-fen steps under ¥10, 50 fen under ¥100, …9 above. */
export function nicePrice(random: Random, [min, max]: readonly [number, number]): number {
  const low = yuan(min);
  const high = yuan(max);
  const raw = low + Math.floor(random.next() * (high - low + 1));
  if (raw < 1000) return Math.max(10, Math.round(raw / 10) * 10);
  if (raw < 10000) return Math.round(raw / 50) * 50;
  if (raw < 100000) return Math.floor(raw / 1000) * 1000 + 900;
  return Math.floor(raw / 10000) * 10000 + 9900;
}

/** Standard cost: 55–78 % of the list price, to the fen. */
function costOf(random: Random, listPrice: number): number {
  return Math.round((listPrice * random.int(55, 78)) / 100);
}

export function gtinFor(n: number): string {
  const body = `${GTIN_PREFIX}${String(n).padStart(5, "0")}`;
  return body + gtinCheckDigit(body);
}

function initials(en: string): string {
  const words = en.replace(/[^A-Za-z0-9 ]/g, " ").split(/\s+/).filter(Boolean);
  return words.slice(0, 2).map((w) => w[0].toUpperCase()).join("") || "C";
}

function describe(brand: Pair, name: Pair, spec: Pair | null, service: boolean): Pick<ProductInput, "descriptionZh" | "descriptionEn"> {
  const zhSpec = spec ? `，规格：${spec[0]}` : "";
  const enSpec = spec ? `, ${spec[1]}` : "";
  return service
    ? { descriptionZh: `${name[0]}，由${brand[0]}工程师上门服务，按小时计费，开具6%增值税专用发票。`, descriptionEn: `${name[1]} by ${brand[1]} engineers on site, billed by the hour; 6 % VAT special invoice.` }
    : {
        descriptionZh: `${brand[0]}${name[0]}${zhSpec}。正品行货，全国联保，企业采购可开具增值税专用发票。`,
        descriptionEn: `${brand[1]} ${name[1]}${enSpec}. Genuine product with national warranty; VAT special invoices for business buyers.`,
      };
}

function baseInput(fields: { sku: string; zh: string; en: string; brand: Pair; uom: ProductInput["uom"]; listPrice: number; standardCost: number; weight: number | null; gtin: string | null }): Omit<ProductInput, "categoryId"> {
  return {
    kind: "simple",
    sku: fields.sku,
    nameZh: fields.zh,
    nameEn: fields.en,
    descriptionZh: "",
    descriptionEn: "",
    brand: fields.brand[1],
    uom: fields.uom,
    uomDecimals: UOM_DECIMALS[fields.uom],
    gtin: fields.gtin,
    mpn: null,
    weightGrams: fields.weight,
    lengthMm: null,
    widthMm: null,
    heightMm: null,
    listPrice: fields.listPrice,
    standardCost: fields.standardCost,
    vatRateCode: "VAT13",
    stockTracked: true,
    allowBackorder: false,
    reorderPoint: null,
    published: false,
    slug: null,
    status: "active",
    configurable: false,
  };
}

/** The whole catalog for a seed. Reorder points are left empty: the stock plan sets them. */
export function planCatalog(seed = CATALOG_SEED): CatalogPlan {
  const random = seededRandom(seed);
  const style = new Map(CATEGORIES.map((c) => [c.slug, c]));
  const products: PlannedProduct[] = [];
  const slugs = new Set<string>();
  let gtinNo = 1;
  const publish = (p: Omit<ProductInput, "categoryId">, text: string) => {
    if (!random.chance(0.75)) return;
    let slug = slugify(text) || p.sku.toLowerCase();
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(text)}-${n}`;
    slugs.add(slug);
    p.published = true;
    p.slug = slug;
  };

  for (const leaf of LEAVES) {
    const combos = leaf.items.flatMap((item) => (item.specs ?? [null]).flatMap((spec) => leaf.brands.map((brand) => ({ item, spec, brand }))));
    const chosen = random.shuffle(combos).slice(0, leaf.count);
    chosen.forEach(({ item, spec, brand }, i) => {
      const sku = `${leaf.code}-${String(i + 1).padStart(3, "0")}`;
      const listPrice = nicePrice(random, item.price);
      const uom = item.uom ?? leaf.uom;
      const zh = [brand[0], item.zh, spec?.[0]].filter(Boolean).join(" ");
      const en = [brand[1], item.en, spec?.[1]].filter(Boolean).join(" ");
      const weight = item.weight ? random.int(item.weight[0], item.weight[1]) : null;
      const input = baseInput({ sku, zh, en, brand, uom, listPrice, standardCost: costOf(random, listPrice), weight, gtin: leaf.service ? null : gtinFor(gtinNo++) });
      Object.assign(input, describe(brand, [item.zh, item.en], spec, leaf.service === true));
      if (leaf.service) Object.assign(input, { vatRateCode: "VAT6", stockTracked: false, uomDecimals: true });
      if (!leaf.service && random.chance(0.6)) input.mpn = `${initials(brand[1])}-${random.int(100, 9999)}${spec ? `-${valueCode({ valueEn: spec[1] }, 0).slice(0, 6)}` : ""}`;
      if (!leaf.service && listPrice > 500000 && random.chance(0.5)) input.allowBackorder = true;
      if (random.chance(0.03)) input.status = "discontinued";
      publish(input, en);
      const cat = style.get(leaf.category)!;
      products.push({ input, category: leaf.category, badge: initials(brand[1]), icon: cat.icon, colour: cat.colour, kind: "simple" });
    });
  }

  for (const spec of CONFIGURABLES) {
    const listPrice = yuan(spec.price);
    const input = baseInput({ sku: spec.sku, zh: spec.zh, en: spec.en, brand: spec.brand, uom: spec.uom, listPrice, standardCost: costOf(random, listPrice), weight: spec.weight, gtin: gtinFor(gtinNo++) });
    Object.assign(input, describe(spec.brand, [spec.zh, spec.en], null, false), { configurable: true, stockTracked: spec.stocked });
    input.descriptionZh += "支持个性化定制，请在下单时选择选项并填写定制内容。";
    input.descriptionEn += " Made to your specification: choose the options and give your text when ordering.";
    publish(input, spec.en);
    const options: OptionGroupInput[] = spec.groups.map((g) => ({
      code: g.code,
      nameZh: g.zh,
      nameEn: g.en,
      required: g.required,
      multiple: g.multiple ?? false,
      choices: g.choices.map((c) => ({ code: c.code, nameZh: c.zh, nameEn: c.en, priceDelta: yuan(c.delta), requiresNote: c.note ?? false, excludes: c.excludes ?? "" })),
    }));
    const cat = style.get(spec.category)!;
    products.push({ input, category: spec.category, badge: initials(spec.en), icon: cat.icon, colour: cat.colour, kind: "simple", options });
  }

  const groups: PlannedGroup[] = [];
  for (const spec of VARIANT_GROUPS) {
    const listPrice = yuan(spec.price);
    const input = baseInput({ sku: spec.sku, zh: spec.zh, en: spec.en, brand: spec.brand, uom: spec.uom, listPrice, standardCost: costOf(random, listPrice), weight: spec.weight, gtin: null });
    Object.assign(input, describe(spec.brand, [spec.zh, spec.en], null, false), { kind: "group" });
    publish(input, spec.en);
    const cat = style.get(spec.category)!;
    products.push({ input, category: spec.category, badge: initials(spec.en), icon: cat.icon, colour: cat.colour, kind: "group" });
    const attributes = spec.attributes.map((a) => ({ nameZh: a.zh, nameEn: a.en, values: a.values.map(([valueZh, valueEn]) => ({ valueZh, valueEn })) }));
    // Every combination, in attribute and value order, with the SKU generateVariants gives it.
    let combos: { valuesEn: string[]; codes: string[] }[] = [{ valuesEn: [], codes: [] }];
    for (const a of attributes) combos = combos.flatMap((c) => a.values.map((v, i) => ({ valuesEn: [...c.valuesEn, v.valueEn], codes: [...c.codes, valueCode(v, i)] })));
    const variants = combos.map((c) => {
      const extra = c.valuesEn.reduce((sum, v) => sum + yuan(spec.surcharge?.[v] ?? 0), 0);
      return { sku: [spec.sku, ...c.codes].join("-").slice(0, 64), groupSku: spec.sku, listPrice: listPrice + extra, standardCost: costOf(random, listPrice + extra), gtin: gtinFor(gtinNo++), valuesEn: c.valuesEn };
    });
    groups.push({ sku: spec.sku, attributes, variants });
  }
  return { products, groups };
}
