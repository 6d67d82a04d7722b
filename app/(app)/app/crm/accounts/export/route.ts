import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { ACCOUNTS_TABLE } from "@/lib/crm/accounts/accounts-table";
import { findBaseCurrency } from "@/lib/crm/accounts/find-account-form-options";
import { findAccountsBatch, type AccountListRow } from "@/lib/crm/accounts/find-accounts";
import type { AccountType, Region } from "@/lib/domain/crm";
import { formatMoney } from "@/lib/domain/money";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import { parseTableParams } from "@/lib/table/params";

export const dynamic = "force-dynamic";

/** CSV of every account in the actor's scope matching the list's current search and filters. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is its own door: session and permission are checked here, not by the layout.
  const actor = await getActor();
  if (!actor || !can(actor, "crm.read")) return new Response(null, { status: 404 });

  const params = parseTableParams(ACCOUNTS_TABLE, request.nextUrl.searchParams);
  const t = await getTranslations({ locale: actor.locale, namespace: "crm" });
  const currency = await findBaseCurrency();

  const columns: CsvColumn<AccountListRow>[] = [
    { header: t("accounts.columns.code"), value: (a) => a.code },
    { header: t("accounts.columns.name"), value: (a) => a.name },
    { header: t("accounts.columns.type"), value: (a) => t(`types.${a.type as AccountType}`) },
    { header: t("accounts.columns.owner"), value: (a) => a.owner.name },
    { header: t("accounts.columns.region"), value: (a) => (a.region ? t(`regions.${a.region as Region}`) : "") },
    { header: t("accounts.columns.province"), value: (a) => a.province },
    { header: t("accounts.columns.city"), value: (a) => a.city },
    { header: t("accounts.columns.industry"), value: (a) => a.industry },
    { header: t("accounts.columns.taxId"), value: (a) => a.taxId },
    { header: t("accounts.columns.status"), value: (a) => t(`statuses.${a.status === "inactive" ? "inactive" : "active"}`) },
    // Exact decimal text in the base currency; empty = no limit.
    { header: `${t("accounts.columns.creditLimit")} (${currency})`, value: (a) => (a.creditLimit === null ? "" : formatMoney(a.creditLimit, currency)) },
    { header: t("accounts.columns.paymentTermsDays"), value: (a) => String(a.paymentTermsDays) },
    { header: t("accounts.columns.tags"), value: (a) => a.tags },
  ];

  return csvResponse({
    filename: csvFilename(t("accounts.csv.filename"), appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) => findAccountsBatch({ actor, params, cursor, take })),
  });
}
