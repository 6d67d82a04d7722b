import type { NextRequest } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findUsersBatch, type UserListRow } from "@/lib/settings/users/find-users";
import { USERS_TABLE } from "@/lib/settings/users/users-table";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every user matching the list's current search and filters (same params, no paging). */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "settings.users.manage")) return new Response(null, { status: 404 });

  const params = parseTableParams(USERS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "users" });
  const tc = await getTranslations({ locale: actor.locale, namespace: "common" });
  const format = await getFormatter({ locale: actor.locale });
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short", timeZone: appTimeZone() }) : "");

  const columns: CsvColumn<UserListRow>[] = [
    { header: t("columns.name"), value: (u) => u.name },
    { header: t("columns.email"), value: (u) => u.email },
    { header: t("columns.role"), value: (u) => tc(`roles.${u.role as "admin"}`) },
    { header: t("columns.team"), value: (u) => u.team?.name ?? "" },
    { header: t("columns.locale"), value: (u) => u.locale },
    { header: t("columns.status"), value: (u) => (u.active ? t("active") : t("inactive")) },
    { header: t("columns.lastLoginAt"), value: (u) => when(u.lastLoginAt) },
    { header: t("columns.createdAt"), value: (u) => when(u.createdAt) },
  ];

  return csvResponse({
    filename: csvFilename(t("csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findUsersBatch({ actor, params, cursor, take })),
  });
}
