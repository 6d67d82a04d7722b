import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { NavIcon } from "@/components/layout/icons";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { loose } from "@/lib/i18n/loose";
import { NAVIGATION } from "@/lib/ui/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

// The settings pages come from the navigation table, so a page added there shows here too,
// and each card appears only for roles that may open it.
export default async function SettingsPage() {
  const actor = await requireActor();
  const pages = (NAVIGATION.find((s) => s.key === "settings")?.items ?? []).filter((i) => !i.permission || can(actor, i.permission));
  // Nobody without a settings page may learn this one exists.
  if (pages.length === 0) notFound();
  const t = await getTranslations("settings");
  const nav = loose(await getTranslations("shell"));
  const cards = loose(t);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="settings-cards">
        {pages.map((page) => (
          <li key={page.href}>
            <Link href={page.href} className="group block h-full rounded-xl focus-visible:outline-2 focus-visible:outline-brand-500">
              <Card className="h-full transition-colors group-hover:border-brand-500">
                <div className="flex items-center gap-2 font-medium">
                  <NavIcon name={page.icon} className="h-5 w-5 text-brand-600 dark:text-blue-400" />
                  {nav(`nav.${page.key}`)}
                </div>
                {cards.has(`cards.${page.key}`) && <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{cards(`cards.${page.key}`)}</p>}
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
