import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MergeForm, type MergeRow, type MergeSide } from "@/components/quality/merge-form";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findBaseCurrency } from "@/lib/crm/accounts/find-account-form-options";
import { findMergePair, type MergeRecord, type MergeValue } from "@/lib/crm/duplicates/find-merge-pair";
import { MERGE_FIELDS } from "@/lib/crm/duplicates/merge-fields";
import { displayMoney } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { loose } from "@/lib/i18n/loose";
import { DUPLICATE_TYPES, type DuplicateType } from "@/lib/validation/duplicates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quality");
  return { title: t("merge.title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

// Fields whose stored value is a code with a translated label in the crm catalog.
const CODED: Record<string, string> = { type: "types", region: "regions", status: "statuses" };

/** Compare two records (both must be in the actor's scope) and merge them. */
export default async function MergePage({ searchParams }: Props) {
  const actor = await requirePermission("crm.manage");
  const raw = await searchParams;
  const type = one(raw.type) as DuplicateType;
  if (!(DUPLICATE_TYPES as readonly string[]).includes(type)) notFound();
  let pair: { a: MergeRecord; b: MergeRecord };
  try {
    pair = await findMergePair({ actor, type, a: one(raw.a), b: one(raw.b) });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const t = await getTranslations("quality");
  const crm = loose(await getTranslations("crm"));
  const locale = await getLocale();
  const currency = await findBaseCurrency();

  const show = (field: string, value: MergeValue): { text: string; empty: boolean } => {
    if (value.kind === "bool") return { text: value.value ? t("merge.yes") : t("merge.no"), empty: false };
    if (value.kind === "money") return value.minor === null ? { text: t("merge.noLimit"), empty: true } : { text: displayMoney(value.minor, currency, locale), empty: false };
    if (value.text === "") return { text: t("merge.empty"), empty: true };
    const key = CODED[field] && type === "account" ? `${CODED[field]}.${value.text}` : null;
    return { text: key && crm.has(key) ? crm(key) : value.text, empty: false };
  };
  const rows: MergeRow[] = MERGE_FIELDS[type].map((field) => {
    const a = show(field, pair.a.values[field]);
    const b = show(field, pair.b.values[field]);
    return { field, label: t(`merge.fields.${field}` as "merge.fields.name"), a: a.text, b: b.text, aEmpty: a.empty, bEmpty: b.empty };
  });
  const side = (r: MergeRecord): MergeSide => ({
    id: r.id,
    title: r.title,
    subtitle: r.subtitle,
    href: r.href,
    related: Object.entries(r.related).map(([key, count]) => ({ label: t(`merge.relations.${key}` as "merge.relations.contacts"), count })),
  });

  return (
    <div>
      <Breadcrumbs items={[{ label: t("duplicates.title"), href: `/app/crm/duplicates?type=${type}` }, { label: t("merge.title") }]} />
      <PageHeader title={t("merge.title")} description={t("merge.description")} />
      <MergeForm type={type} a={side(pair.a)} b={side(pair.b)} rows={rows} />
    </div>
  );
}
