import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { ProductDetail } from "@/lib/catalog/products/find-product";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { displayQuantity, localName } from "./format";

// Read-only sections of the product page (server components).

const th = "py-2 pr-3 font-medium";
const tableHead = "border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-700";
const row = "border-b border-slate-100 last:border-0 dark:border-slate-800";

/** Key facts as a definition list. */
export async function ProductFacts({ product, currency }: { product: ProductDetail; currency: string }) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  const money = (n: number) => displayMoney(n, currency, locale);
  const dims = [product.lengthMm, product.widthMm, product.heightMm];
  const facts: [string, React.ReactNode][] = [
    [t("fields.sku"), <span key="sku" className="font-mono">{product.sku}</span>],
    [t("fields.kind"), t(`kinds.${product.kind as "simple"}`) + (product.configurable ? ` · ${t("configurableBadge")}` : "")],
    [t("fields.category"), product.category ? localName(product.category, locale) : "—"],
    [t("fields.brand"), product.brand || "—"],
    [t("fields.uom"), `${product.uom} — ${t(`uom.${product.uom as "EA"}`)}${product.uomDecimals ? ` · ${t("decimalsAllowed")}` : ""}`],
    [t("fields.gtin"), product.gtin ?? "—"],
    [t("fields.mpn"), product.mpn ?? "—"],
    [t("fields.listPrice"), <span key="price" data-testid="product-list-price">{money(product.listPrice)}</span>],
    ...(product.standardCost !== null ? ([[t("fields.standardCost"), money(product.standardCost)]] as [string, React.ReactNode][]) : []),
    [t("fields.vatRate"), `${localName(product.vatRate, locale)} (${basisPointsToPercent(product.vatRate.rateBp)} %)`],
    [t("fields.weightGrams"), product.weightGrams === null ? "—" : t("grams", { n: product.weightGrams })],
    [t("dimensions"), dims.every((d) => d === null) ? "—" : t("millimetres", { dims: dims.map((d) => d ?? "?").join(" × ") })],
    [t("fields.stockTracked"), product.stockTracked ? t("yes") : t("no")],
    [t("fields.allowBackorder"), product.allowBackorder ? t("yes") : t("no")],
    [t("fields.reorderPoint"), product.reorderPoint === null ? "—" : displayQuantity(product.reorderPoint, locale)],
    [t("fields.published"), product.published ? `${t("yes")} · /${product.slug}` : t("no")],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="product-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** On hand, reserved and available per warehouse, from the running StockLevel rows. */
export async function StockByWarehouse({ product }: { product: ProductDetail }) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  const q = (n: number) => displayQuantity(n, locale);
  if (product.stockLevels.length === 0) return <p className="text-sm text-slate-500">{t("stock.none")}</p>;
  const total = product.stockLevels.reduce((s, l) => ({ onHand: s.onHand + l.onHand, reserved: s.reserved + l.reserved }), { onHand: 0, reserved: 0 });
  return (
    <table className="w-full text-sm" data-testid="product-stock">
      <thead>
        <tr className={tableHead}>
          <th className={th}>{t("stock.warehouse")}</th>
          <th className={`${th} text-right`}>{t("stock.onHand")}</th>
          <th className={`${th} text-right`}>{t("stock.reserved")}</th>
          <th className={`${th} text-right`}>{t("stock.available")}</th>
        </tr>
      </thead>
      <tbody>
        {product.stockLevels.map((l) => (
          <tr key={l.warehouse.id} className={row} data-testid="stock-row">
            <td className="py-2 pr-3">
              <span className="font-mono text-xs">{l.warehouse.code}</span> {l.warehouse.name}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(l.onHand)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(l.reserved)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(l.onHand - l.reserved)}</td>
          </tr>
        ))}
      </tbody>
      {product.stockLevels.length > 1 && (
        <tfoot>
          <tr className="font-medium">
            <td className="py-2 pr-3">{t("stock.total")}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(total.onHand)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(total.reserved)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{q(total.onHand - total.reserved)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** Every price list price of the product, with the list's currency, tax convention and quantity breaks. */
export async function PriceListPrices({ product }: { product: ProductDetail }) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  const format = await getFormatter();
  if (product.priceItems.length === 0) return <p className="text-sm text-slate-500">{t("prices.none")}</p>;
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "…");
  return (
    <table className="w-full text-sm" data-testid="product-prices">
      <thead>
        <tr className={tableHead}>
          <th className={th}>{t("prices.list")}</th>
          <th className={th}>{t("prices.currency")}</th>
          <th className={`${th} text-right`}>{t("prices.minQty")}</th>
          <th className={`${th} text-right`}>{t("prices.price")}</th>
        </tr>
      </thead>
      <tbody>
        {product.priceItems.map((item) => (
          <tr key={item.id} className={row}>
            <td className="py-2 pr-3">
              {item.priceList.name}
              {item.priceList.isDefault && <span className="ml-2"><Badge tone="blue">{t("prices.default")}</Badge></span>}
              {!item.priceList.active && <span className="ml-2"><Badge tone="amber">{t("prices.inactive")}</Badge></span>}
              {(item.priceList.validFrom || item.priceList.validTo) && <span className="ml-2 text-xs text-slate-500">{`${day(item.priceList.validFrom)} – ${day(item.priceList.validTo)}`}</span>}
            </td>
            <td className="py-2 pr-3">
              {item.priceList.currencyCode} · {item.priceList.taxInclusive ? t("prices.gross") : t("prices.net")}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{displayQuantity(item.minQty, locale)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{displayMoney(item.unitPrice, item.priceList.currencyCode, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A group's variants: SKU, value per attribute, price, on hand and status. */
export async function VariantsTable({ product, currency }: { product: ProductDetail; currency: string }) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  if (product.variants.length === 0) return <p className="text-sm text-slate-500">{t("variants.none")}</p>;
  const valueLabel = new Map(product.attributes.flatMap((a) => a.values.map((v) => [v.id, locale === "en" ? v.valueEn : v.valueZh] as const)));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="variants-table">
        <thead>
          <tr className={tableHead}>
            <th className={th}>{t("fields.sku")}</th>
            {product.attributes.map((a) => (
              <th key={a.id} className={th}>
                {localName(a, locale)}
              </th>
            ))}
            <th className={`${th} text-right`}>{t("fields.listPrice")}</th>
            <th className={`${th} text-right`}>{t("fields.onHand")}</th>
            <th className={th}>{t("fields.status")}</th>
          </tr>
        </thead>
        <tbody>
          {product.variants.map((v) => (
            <tr key={v.id} className={row} data-testid="variant-row">
              <td className="py-2 pr-3">
                <Link href={`/app/catalog/products/${v.id}`} className="font-mono text-xs text-brand-600 hover:underline dark:text-blue-400">
                  {v.sku}
                </Link>
              </td>
              {product.attributes.map((a) => (
                <td key={a.id} className="py-2 pr-3">
                  {valueLabel.get(v.values[a.id]) ?? "—"}
                </td>
              ))}
              <td className="py-2 pr-3 text-right tabular-nums">{displayMoney(v.listPrice, currency, locale)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{displayQuantity(v.onHand, locale)}</td>
              <td className="py-2 pr-3">
                <Badge tone={v.status === "active" ? "green" : "red"}>{t(`statuses.${v.status as "active"}`)}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
