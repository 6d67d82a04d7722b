import { getFormatter, getTranslations } from "next-intl/server";
import type { OrderDetail } from "@/lib/sales/orders/find-order";
import { ReleaseForm } from "./release-form";

type Reason = "over_limit" | "overdue";
const reasonOf = (r: string): Reason => (r === "overdue" ? "overdue" : "over_limit");

/** The credit state of an order: on hold (with the release form for those who may), a warning, or a recorded release. */
export async function HoldBanner({ order, canRelease }: { order: OrderDetail; canRelease: boolean }) {
  const t = await getTranslations("credit");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  return (
    <>
      {order.status === "confirmed" && order.creditHold && (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200" data-testid="hold-banner">
          <p className="font-semibold">{t("banner.title")}</p>
          <p className="mb-3">{t("banner.text", { reason: t(`reasons.${reasonOf(order.creditHoldReason)}`), date: when(order.creditHoldAt) })}</p>
          {canRelease && (
            <div className="max-w-lg text-slate-900 dark:text-slate-100">
              <ReleaseForm orderId={order.id} />
            </div>
          )}
        </div>
      )}
      {!order.creditHold && order.creditWarning && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200" data-testid="credit-warning">
          {t("warning", { reason: t(`reasons.${reasonOf(order.creditWarning)}`) })}
        </p>
      )}
      {!order.creditHold && order.creditReleasedAt && (
        <p className="mb-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300" data-testid="credit-released">
          {t("released", { who: order.userName(order.creditReleasedById), date: when(order.creditReleasedAt), reason: order.creditReleaseReason })}
        </p>
      )}
    </>
  );
}
