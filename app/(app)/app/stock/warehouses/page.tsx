import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findWarehouses } from "@/lib/stock/warehouses/find-warehouses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.warehouses");
  return { title: t("title") };
}

export default async function WarehousesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("stock.manage");
  const [rows, t, created] = await Promise.all([findWarehouses({ actor }), getTranslations("stock"), searchParams.then((s) => s.created === "1")]);
  const th = "whitespace-nowrap px-3 py-2 font-medium";
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("warehouses.title") }]} />
      <PageHeader
        title={t("warehouses.title")}
        description={t("warehouses.description")}
        actions={
          <Link href="/app/stock/warehouses/new" className={buttonClass()} data-testid="new-warehouse">
            <Plus className="h-4 w-4" aria-hidden />
            {t("warehouses.new")}
          </Link>
        }
      />
      {created && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("warehouses.created")}
        </p>
      )}
      <Card className="p-0">
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="warehouses-table">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className={th}>{t("warehouses.columns.code")}</th>
                <th scope="col" className={th}>{t("warehouses.columns.name")}</th>
                <th scope="col" className={th}>{t("warehouses.columns.address")}</th>
                <th scope="col" className={th}>{t("warehouses.columns.status")}</th>
                <th scope="col" className={`${th} text-right`}>{t("warehouses.columns.products")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((w) => (
                <tr key={w.id} data-testid="warehouse-row">
                  <td className="px-3 py-2 font-mono">
                    <Link href={`/app/stock/warehouses/${w.id}`} className="text-brand-600 hover:underline dark:text-blue-400">
                      {w.code}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{w.name}</td>
                  <td className="px-3 py-2 text-slate-600 dark:text-slate-300">{w.address}</td>
                  <td className="space-x-1 px-3 py-2">
                    {w.isDefault && <Badge tone="blue">{t("warehouses.default")}</Badge>}
                    {w.active ? <Badge tone="green">{t("warehouses.active")}</Badge> : <Badge>{t("warehouses.inactive")}</Badge>}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    <Link href={`/app/stock?warehouse=${w.id}&nonzero=1`} className="hover:underline">
                      {w.products}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
