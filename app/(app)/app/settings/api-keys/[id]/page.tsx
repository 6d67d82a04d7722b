import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/api/action-button";
import { ApiKeyForm } from "@/components/api/api-key-form";
import { WebhookForm } from "@/components/api/webhook-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { deleteWebhookAction, redeliverWebhookAction, revokeApiKeyAction, setWebhookActiveAction } from "@/lib/actions/api-keys";
import { findApiKey } from "@/lib/api/keys/find-api-keys";
import { priceListOptions } from "@/lib/api/keys/price-list-options";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("api.manage");
  try {
    return { actor, key: await findApiKey({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { key } = await load((await params).id);
  return { title: key.name };
}

const STATUS_TONE = { pending: "amber", sent: "green", dead: "red" } as const;

export default async function ApiKeyPage({ params }: Params) {
  const { actor, key } = await load((await params).id);
  const t = await getTranslations("api");
  const ts = await getTranslations("settings");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const priceLists = await priceListOptions({ actor });

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title"), href: "/app/settings/api-keys" }, { label: key.name }]} />
      <PageHeader title={key.name} description={`crk_${key.prefix}_…${key.partner ? ` · ${key.partner}` : ""}`} actions={key.revokedAt ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>} />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-sm font-medium text-slate-500">{t("settings")}</h2>
            <ApiKeyForm apiKey={{ id: key.id, name: key.name, partner: key.partner, scopes: key.scopes, priceListId: key.priceListId ?? "", rateLimitPerMinute: key.rateLimitPerMinute }} priceLists={priceLists} />
          </Card>
          <Card>
            {key.revokedAt ? (
              <p className="text-sm text-slate-500">{t("revokedNote", { date: when(key.revokedAt) })}</p>
            ) : (
              <ConfirmDeleteForm action={revokeApiKeyAction} id={key.id} label={t("revoke")} confirm={t("revokeConfirm")} testId="revoke-api-key" />
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-1 text-sm font-medium text-slate-500">{t("webhook.title")}</h2>
            <p className="mb-3 text-xs text-slate-500">{t("webhook.description")}</p>
            {key.webhooks.length === 0 && <p className="text-sm text-slate-500">{t("webhook.empty")}</p>}
            <ul className="space-y-6">
              {key.webhooks.map((w) => (
                <li key={w.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="webhook">
                  <div className="mb-2 flex flex-wrap items-center gap-2">
                    <span className="break-all font-mono text-xs">{w.url}</span>
                    {w.active ? <Badge tone="green">{t("webhook.enabled")}</Badge> : <Badge tone="red">{t("webhook.disabled")}</Badge>}
                    <span className="font-mono text-xs text-slate-400">{w.secretHint}</span>
                  </div>
                  {w.disabledAt && <p className="mb-2 text-xs text-red-600">{t("webhook.disabledAt", { date: when(w.disabledAt) })}</p>}
                  {!w.disabledAt && w.failingSince && <p className="mb-2 text-xs text-amber-600">{t("webhook.failingSince", { date: when(w.failingSince) })}</p>}
                  <div className="mb-3 flex flex-wrap gap-2">
                    <ActionButton action={setWebhookActiveAction} fields={{ id: w.id, active: String(!w.active) }} label={w.active ? t("webhook.disable") : t("webhook.enable")} />
                    <ActionButton action={deleteWebhookAction} fields={{ id: w.id }} label={t("webhook.delete")} confirm={t("webhook.deleteConfirm")} variant="danger" />
                  </div>
                  <details className="mb-3">
                    <summary className="cursor-pointer text-sm text-brand-600 dark:text-blue-400">{t("webhook.save")}</summary>
                    <div className="mt-2">
                      <WebhookForm apiKeyId={key.id} webhook={{ id: w.id, url: w.url, events: w.events }} />
                    </div>
                  </details>
                  <h3 className="mb-1 text-xs font-medium uppercase text-slate-500">{t("webhook.deliveries")}</h3>
                  {w.deliveries.length === 0 ? (
                    <p className="text-sm text-slate-500">{t("webhook.noDeliveries")}</p>
                  ) : (
                    <div className="overflow-x-auto">
                      <table className="w-full text-xs" data-testid="webhook-deliveries">
                        <thead className="text-left text-slate-500">
                          <tr>
                            <th className="py-1 pr-3">{t("webhook.col.time")}</th>
                            <th className="py-1 pr-3">{t("webhook.col.event")}</th>
                            <th className="py-1 pr-3">{t("webhook.col.status")}</th>
                            <th className="py-1 pr-3">{t("webhook.col.attempts")}</th>
                            <th className="py-1 pr-3">{t("webhook.col.response")}</th>
                            <th className="py-1 pr-3">{t("webhook.col.error")}</th>
                            <th />
                          </tr>
                        </thead>
                        <tbody>
                          {w.deliveries.map((d) => (
                            <tr key={d.id} className="border-t border-slate-100 dark:border-slate-800">
                              <td className="py-1 pr-3 whitespace-nowrap">{when(d.createdAt)}</td>
                              <td className="py-1 pr-3 font-mono">{d.event}</td>
                              <td className="py-1 pr-3">
                                <Badge tone={STATUS_TONE[d.status as keyof typeof STATUS_TONE] ?? "slate"}>{d.status in STATUS_TONE ? t(`webhook.deliveryStatus.${d.status as keyof typeof STATUS_TONE}`) : d.status}</Badge>
                              </td>
                              <td className="py-1 pr-3 tabular-nums">{d.attempts}</td>
                              <td className="py-1 pr-3 tabular-nums">{d.responseCode ?? "—"}</td>
                              <td className="max-w-xs truncate py-1 pr-3" title={d.lastError}>{d.lastError || "—"}</td>
                              <td className="py-1">
                                <ActionButton action={redeliverWebhookAction} fields={{ id: d.id }} label={t("webhook.redeliver")} success={t("webhook.redelivered")} />
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Card>
          {!key.revokedAt && (
            <Card>
              <h2 className="mb-3 text-sm font-medium text-slate-500">{t("webhook.add")}</h2>
              <WebhookForm apiKeyId={key.id} />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
