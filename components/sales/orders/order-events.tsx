import { getFormatter, getTranslations } from "next-intl/server";
import type { OrderDetail } from "@/lib/sales/orders/find-order";
import { ORDER_EVENTS } from "@/lib/sales/orders/find-order";

type Event = (typeof ORDER_EVENTS)[number];

function reasonOf(after: string | null): string {
  try {
    const value = JSON.parse(after ?? "{}") as { reason?: unknown };
    return typeof value.reason === "string" ? value.reason : "";
  } catch {
    return "";
  }
}

/** What happened to the order, newest first: confirmation, credit holds and releases, cancel. */
export async function OrderEvents({ order }: { order: OrderDetail }) {
  const t = await getTranslations("orders.history");
  const credit = await getTranslations("credit.reasons");
  const format = await getFormatter();
  if (order.events.length === 0) return null;
  return (
    <ol className="space-y-1 text-sm" data-testid="order-events">
      {order.events.map((e) => {
        const reason = reasonOf(e.after);
        const shown = e.action === "credit_hold" ? credit(reason === "overdue" ? "overdue" : "over_limit") : reason;
        return (
          <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2" data-testid="order-event">
            <span>{t(`events.${e.action as Event}`, { who: order.userName(e.actorId), reason: shown })}</span>
            <span className="text-xs text-slate-500">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</span>
          </li>
        );
      })}
    </ol>
  );
}
