import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { CONTACTS_TABLE } from "@/lib/crm/contacts/contacts-table";
import { findContactsBatch, type ContactListRow } from "@/lib/crm/contacts/find-contacts";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every contact in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "crm.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(CONTACTS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "crm" });
  const yesNo = (v: boolean) => (v ? t("contacts.yes") : t("contacts.no"));

  const columns: CsvColumn<ContactListRow>[] = [
    { header: t("contacts.columns.name"), value: (c) => c.name },
    { header: t("contacts.columns.account"), value: (c) => `${c.account.code} ${c.account.name}` },
    { header: t("contacts.columns.title"), value: (c) => c.title },
    { header: t("contacts.columns.department"), value: (c) => c.department },
    { header: t("contacts.columns.email"), value: (c) => c.email },
    { header: t("contacts.columns.phone"), value: (c) => c.phone },
    { header: t("contacts.columns.mobile"), value: (c) => c.mobile },
    { header: t("contacts.columns.preferredLocale"), value: (c) => c.preferredLocale },
    { header: t("contacts.columns.isPrimary"), value: (c) => yesNo(c.isPrimary) },
  ];

  return csvResponse({
    filename: csvFilename(t("contacts.csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findContactsBatch({ actor, params, cursor, take })),
  });
}
