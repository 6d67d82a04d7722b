import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AccountForm } from "@/components/crm/account-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { findAccount } from "@/lib/crm/accounts/find-account";
import { findAccountFormOptions } from "@/lib/crm/accounts/find-account-form-options";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { formatMoney } from "@/lib/domain/money";
import { notFoundUnlessMerged } from "@/lib/crm/duplicates/merge-redirect";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("crm.manage");
  try {
    return { actor, account: await findAccount({ actor, id }) };
  } catch (error) {
    // A merged-away record's old links lead to the survivor.
    if (error instanceof NotFoundError) await notFoundUnlessMerged("account", id, (to) => `/app/crm/accounts/${to}/edit`);
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about the record in the title unless the viewer may see it.
  if (!can(await getActor(), "crm.manage")) return {};
  const { account } = await load((await params).id);
  return { title: account.name };
}

export default async function EditAccountPage({ params }: Props) {
  const { actor, account } = await load((await params).id);
  const options = await findAccountFormOptions({ actor });
  const t = await getTranslations("crm");
  // The current owner and split owners stay selectable even when the actor could not assign them.
  const known = new Set(options.owners.map((o) => o.id));
  const extra = [{ id: account.owner.id, name: account.owner.name }, ...account.splits.map((s) => ({ id: s.userId, name: s.user.name }))].filter((o) => !known.has(o.id) && known.add(o.id));
  const priceLists = account.priceList && !options.priceLists.some((p) => p.id === account.priceListId) ? [...options.priceLists, account.priceList] : options.priceLists;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("accounts.title"), href: "/app/crm/accounts" }, { label: account.name, href: `/app/crm/accounts/${account.id}` }, { label: t("accounts.editTitle") }]} />
      <PageHeader title={t("accounts.editTitle")} description={account.name} />
      <Card>
        <AccountForm
          canEditCredit={can(actor, "credit.release")}
          key={account.id}
          defaultOwnerId={account.ownerId}
          owners={[...options.owners, ...extra]}
          priceLists={priceLists}
          currency={options.currency}
          account={{
            id: account.id,
            code: account.code,
            name: account.name,
            type: account.type,
            industry: account.industry,
            region: account.region,
            province: account.province,
            city: account.city,
            billingAddress: account.billingAddress,
            shippingAddress: account.shippingAddress,
            taxId: account.taxId,
            ownerId: account.ownerId,
            paymentTermsDays: String(account.paymentTermsDays),
            creditLimit: account.creditLimit === null ? "" : formatMoney(account.creditLimit, options.currency),
            priceListId: account.priceListId ?? "",
            tags: account.tags,
            status: account.status,
            splits: account.splits.map((s) => ({ userId: s.userId, percent: basisPointsToPercent(s.percentBp) })),
            creditOverdueDays: String(account.creditOverdueDays),
            creditCheckAt: account.creditCheckAt,
            creditAction: account.creditAction,
            prepaymentPercent: account.prepaymentBp ? basisPointsToPercent(account.prepaymentBp) : "",
          }}
        />
      </Card>
    </div>
  );
}
