import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { UsersTable } from "@/components/users/users-table";
import { requirePermission } from "@/lib/auth/session";
import { findTeamOptions } from "@/lib/settings/users/find-team-options";
import { findUsers } from "@/lib/settings/users/find-users";
import { USERS_TABLE } from "@/lib/settings/users/users-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("settings.users.manage");
  const raw = await searchParams;
  const params = parseTableParams(USERS_TABLE, raw);
  const [{ rows, total, page }, teams] = await Promise.all([findUsers({ actor, params }), findTeamOptions({ actor })]);
  const t = await getTranslations("users");
  const ts = await getTranslations("settings");

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/app/settings/users/new" className={buttonClass()} data-testid="new-user">
            <Plus className="h-4 w-4" aria-hidden />
            {t("newUser")}
          </Link>
        }
      />
      {raw.created === "1" && (
        <p role="status" data-testid="form-success" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
          {t("created")}
        </p>
      )}
      <UsersTable rows={rows} total={total} state={tableState(params, page)} teams={teams} actorId={actor.id} />
    </div>
  );
}
