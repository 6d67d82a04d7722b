import { getFormatter, getTranslations } from "next-intl/server";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { OrderChange } from "@/lib/sales/orders/order-diff";
import type { OrderDetail } from "@/lib/sales/orders/find-order";

const FIELDS = new Set(["contactId", "priceListId", "orderDate", "requestedDate", "paymentTermsDays", "customerReference", "shippingAddress", "notes", "prepaymentRequired", "productId", "description", "quantity", "unitPrice", "discountBp", "vatRateBp", "lineAdded", "lineRemoved"]);
type Field = "contactId" | "priceListId" | "orderDate" | "requestedDate" | "paymentTermsDays" | "customerReference" | "shippingAddress" | "notes" | "prepaymentRequired" | "productId" | "description" | "quantity" | "unitPrice" | "discountBp" | "vatRateBp" | "lineAdded" | "lineRemoved";

function parseChanges(text: string): OrderChange[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as OrderChange[]).filter((c) => FIELDS.has(c.field)) : [];
  } catch {
    return [];
  }
}

/** A stored value as people read it: quantities, money and percentages formatted. */
function show(field: string, value: OrderChange["old"], currency: string): string {
  if (value === null || value === "") return "—";
  if (typeof value !== "number") return String(value).replace(/ × (\d+)$/, (_, q: string) => ` × ${formatQuantity(Number(q))}`);
  if (field === "quantity") return formatQuantity(value);
  if (field === "unitPrice" || field === "prepaymentRequired") return `${formatMoney(value, currency)} ${currency}`;
  if (field === "discountBp" || field === "vatRateBp") return `${basisPointsToPercent(value)} %`;
  return String(value);
}

/** 订单变更: every version after confirmation, newest first, with each old → new value. */
export async function OrderHistory({ order }: { order: OrderDetail }) {
  const t = await getTranslations("orders.history");
  const format = await getFormatter();
  if (order.changes.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="order-history">
      {order.changes.map((c) => (
        <li key={c.id} className="border-b border-slate-100 pb-2 text-sm last:border-0 dark:border-slate-800" data-testid="order-history-entry">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium">{t("entry", { version: c.version, who: order.userName(c.changedById) })}</span>
            <span className="text-xs text-slate-500">{format.dateTime(c.changedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </div>
          {c.reason && <p className="text-slate-600 dark:text-slate-400">{t("reason", { reason: c.reason })}</p>}
          <ul className="mt-1 list-inside list-disc text-slate-700 dark:text-slate-300">
            {parseChanges(c.changes).map((change, i) => (
              <li key={i}>
                {t(`fields.${change.field as Field}`)}
                {change.line ? ` (${t("line", { line: change.line })})` : ""}: {show(change.field, change.old, order.currencyCode)} → {show(change.field, change.new, order.currencyCode)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
