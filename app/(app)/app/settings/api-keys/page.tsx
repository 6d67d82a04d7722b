import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApiKeyForm } from "@/components/api/api-key-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { findApiKeys } from "@/lib/api/keys/find-api-keys";
import { priceListOptions } from "@/lib/api/keys/price-list-options";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api");
  return { title: t("title") };
}

export default async function ApiKeysPage() {
  const actor = await requirePermission("api.manage");
  const t = await getTranslations("api");
  const ts = await getTranslations("settings");
  const format = await getFormatter();
  const [keys, priceLists] = await Promise.all([findApiKeys({ actor }), priceListOptions({ actor })]);

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <p className="-mt-2 mb-4 text-sm text-slate-500">{t("docsHint", { url: "/api/v1/openapi.json" })}</p>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card className="overflow-x-auto p-0">
          <h2 className="px-4 pt-4 text-sm font-medium text-slate-500">{t("list")}</h2>
          {keys.length === 0 ? (
            <p className="p-4 text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <table className="mt-2 w-full text-sm" data-testid="api-keys-table">
              <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
                <tr>
                  <th className="px-4 py-2">{t("name")}</th>
                  <th className="px-4 py-2">{t("prefix")}</th>
                  <th className="px-4 py-2">{t("scopes")}</th>
                  <th className="px-4 py-2">{t("rateLimit")}</th>
                  <th className="px-4 py-2">{t("lastUsed")}</th>
                  <th className="px-4 py-2">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                    <td className="px-4 py-2">
                      <Link href={`/app/settings/api-keys/${k.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                        {k.name}
                      </Link>
                      {k.partner && <div className="text-xs text-slate-500">{k.partner}</div>}
                    </td>
                    <td className="px-4 py-2 font-mono text-xs">crk_{k.prefix}_…</td>
                    <td className="px-4 py-2 text-xs">{k.scopes.join(", ")}</td>
                    <td className="px-4 py-2 tabular-nums">{k.rateLimitPerMinute}</td>
                    <td className="px-4 py-2 text-xs">{k.lastUsedAt ? format.dateTime(k.lastUsedAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
                    <td className="px-4 py-2">{k.revokedAt ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("create")}</h2>
          <ApiKeyForm priceLists={priceLists} />
        </Card>
      </div>
    </div>
  );
}
