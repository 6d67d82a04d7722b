"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { API_SCOPES } from "@/lib/api/keys/key-format";
import { createApiKeyAction, updateApiKeyAction } from "@/lib/actions/api-keys";
import { CheckboxGroup } from "./checkbox-group";

type Values = { name: string; partner: string; scopes: string[]; priceListId: string; rateLimitPerMinute: number };
type Props = { apiKey?: { id: string } & Values; priceLists: { value: string; label: string }[] };

const EMPTY: Values = { name: "", partner: "", scopes: ["catalog.read", "feeds.read"], priceListId: "", rateLimitPerMinute: 600 };

/** Create or edit a key. After creating, the plain key is shown once above the form. */
export function ApiKeyForm({ apiKey, priceLists }: Props) {
  const t = useTranslations("api");
  const [state, action, pending] = useActionState(apiKey ? updateApiKeyAction : createApiKeyAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = apiKey ?? EMPTY;
  const createdKey = !apiKey && state?.ok ? state.data?.key : undefined;

  return (
    <div className="space-y-4">
      {createdKey && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950" data-testid="created-api-key">
          <p className="mb-2 font-medium">{t("createdKey")}</p>
          <code className="block break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900">{createdKey}</code>
        </div>
      )}
      {/* A fresh form after each create (key = the created key) so the next one starts empty. */}
      <form key={createdKey ?? "form"} action={action} className="space-y-4" data-testid={apiKey ? "api-key-edit-form" : "api-key-create-form"}>
        {apiKey && <input type="hidden" name="id" value={apiKey.id} />}
        <Field label={t("name")} name="name" defaultValue={values.name} required maxLength={100} error={errors.name} />
        <Field label={t("partner")} name="partner" defaultValue={values.partner} maxLength={100} error={errors.partner} />
        <CheckboxGroup legend={t("scopes")} name="scopes" options={API_SCOPES.map((s) => ({ value: s, label: t(`scope.${s.replace(".", "_")}` as "scope.catalog_read") }))} defaultValues={values.scopes} error={errors.scopes} />
        <div>
          <SelectField label={t("priceList")} name="priceListId" defaultValue={values.priceListId} error={errors.priceListId} options={[{ value: "", label: t("noPriceList") }, ...priceLists]} />
          <p className="mt-1 text-xs text-slate-500">{t("priceListHint")}</p>
        </div>
        <Field label={t("rateLimit")} name="rateLimitPerMinute" type="number" min={1} max={100000} defaultValue={values.rateLimitPerMinute} required error={errors.rateLimitPerMinute} />
        <FormStatus state={state} success={apiKey ? t("saved") : t("created")} />
        <Button type="submit" disabled={pending}>
          {apiKey ? t("save") : t("createButton")}
        </Button>
      </form>
    </div>
  );
}
