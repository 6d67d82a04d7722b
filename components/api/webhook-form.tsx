"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { WEBHOOK_EVENTS } from "@/lib/api/webhooks/webhook-events";
import { createWebhookAction, updateWebhookAction } from "@/lib/actions/api-keys";
import { CheckboxGroup } from "./checkbox-group";

type Props = { apiKeyId: string; webhook?: { id: string; url: string; events: string[] } };

/** Add a webhook to a key (its secret is shown once), or edit one's URL and events. */
export function WebhookForm({ apiKeyId, webhook }: Props) {
  const t = useTranslations("api.webhook");
  const [state, action, pending] = useActionState(webhook ? updateWebhookAction : createWebhookAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const secret = !webhook && state?.ok ? (state.data as { secret?: string } | undefined)?.secret : undefined;
  const events = WEBHOOK_EVENTS.map((e) => ({ value: e, label: `${t(`event.${e.replace(".", "_")}` as "event.product_created")} (${e})` }));

  return (
    <div className="space-y-3">
      {secret && (
        <p className="break-all rounded-md border border-amber-300 bg-amber-50 p-2 font-mono text-xs dark:border-amber-700 dark:bg-amber-950" data-testid="webhook-secret">
          {t("createdSecret", { secret })}
        </p>
      )}
      <form key={secret ?? "form"} action={action} className="space-y-3" data-testid={webhook ? "webhook-edit-form" : "webhook-create-form"}>
        {webhook ? <input type="hidden" name="id" value={webhook.id} /> : <input type="hidden" name="apiKeyId" value={apiKeyId} />}
        <Field label={t("url")} name="url" type="url" defaultValue={webhook?.url ?? ""} required maxLength={2000} placeholder="https://partner.example.com/carrack" error={errors.url} />
        {!webhook && <Field label={t("secret")} name="secret" hint={t("secretHint")} maxLength={200} autoComplete="off" error={errors.secret} />}
        <CheckboxGroup legend={t("events")} name="events" options={events} defaultValues={webhook?.events ?? [...WEBHOOK_EVENTS]} error={errors.events} />
        <FormStatus state={state} success={webhook ? t("saved") : t("added")} />
        <Button type="submit" disabled={pending}>
          {webhook ? t("save") : t("addButton")}
        </Button>
      </form>
    </div>
  );
}
