"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cancelOrderAction, confirmOrderAction, duplicateOrderAction } from "@/lib/actions/orders";

/** Confirm a draft: one click, the outcome (confirmed, on hold, warned) shown under it. */
export function ConfirmOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.actions");
  const [state, action, pending] = useActionState(confirmOrderAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="confirm-form">
      <input type="hidden" name="id" value={orderId} />
      <Button type="submit" disabled={pending} data-testid="order-confirm">
        {t("confirm")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function DuplicateOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("orders");
  const [state, action, pending] = useActionState(duplicateOrderAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="duplicate-form">
      <input type="hidden" name="id" value={orderId} />
      <Button type="submit" variant="secondary" disabled={pending} title={t("duplicate.hint")} data-testid="order-duplicate">
        {t("actions.duplicate")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

/** Cancel with a reason; what is delivered stays (only a return takes it back). */
export function CancelOrderForm({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.cancel");
  const [state, action, pending] = useActionState(cancelOrderAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="cancel-form">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      <input type="hidden" name="id" value={orderId} />
      <Field label={t("reason")} name="reason" required maxLength={500} error={state && !state.ok ? state.fieldErrors?.reason : undefined} hint={t("hint")} data-testid="cancel-reason" />
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="order-cancel">
        {t("submit")}
      </Button>
    </form>
  );
}
