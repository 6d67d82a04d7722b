import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { NavIcon } from "@/components/layout/icons";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { loadScope } from "@/lib/auth/load-scope";
import { findHomeFacts } from "@/lib/system/find-home-facts";
import { NAVIGATION } from "@/lib/ui/navigation";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const format = await getFormatter();
  const scope = await loadScope(actor);
  const facts = await findHomeFacts(actor);
  const links = NAVIGATION.flatMap((s) => s.items).filter((i) => i.href !== "/app" && (!i.permission || can(actor, i.permission)));

  return (
    <div className="space-y-6">
      <PageHeader title={t("home.greeting", { name: actor.name })} description={t("home.today", { date: format.dateTime(new Date(), { dateStyle: "full" }) })} />
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="text-sm font-medium text-slate-500">{t("home.you")}</h2>
          <dl className="mt-3 space-y-1 text-sm">
            <div className="flex justify-between gap-2"><dt className="text-slate-500">{t("home.role")}</dt><dd data-testid="home-role">{t(`common.roles.${actor.role}`)}</dd></div>
            <div className="flex justify-between gap-2"><dt className="text-slate-500">{t("home.team")}</dt><dd>{facts.teamName ?? t("common.none")}</dd></div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-500">{t("home.scope")}</dt>
              <dd>{scope.kind === "all" ? t("home.scopeAll") : t("home.scopeOwners", { count: scope.userIds.length })}</dd>
            </div>
          </dl>
        </Card>
        {facts.admin && (
          <Card>
            <h2 className="text-sm font-medium text-slate-500">{t("home.company")}</h2>
            <p className="mt-3 text-2xl font-semibold">{format.number(facts.admin.activeUsers)}</p>
            <p className="text-sm text-slate-500">{t("home.activeUsers", { teams: facts.admin.teams })}</p>
          </Card>
        )}
        {links.length > 0 && (
          <Card>
            <h2 className="text-sm font-medium text-slate-500">{t("home.shortcuts")}</h2>
            <ul className="mt-3 space-y-1">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="flex items-center gap-2 text-sm text-brand-600 hover:underline dark:text-blue-400">
                    <NavIcon name={l.icon} className="h-4 w-4" />
                    {t(`shell.nav.${l.key}` as "shell.nav.home")}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
      {facts.admin && facts.admin.recent.length > 0 && (
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("home.recentChanges")}</h2>
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {facts.admin.recent.map((e) => (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  {e.actorEmail || t("home.system")} · {e.action} · {e.entityType}
                </span>
                <time className="text-slate-500" dateTime={e.at.toISOString()}>{format.relativeTime(e.at)}</time>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
