import type { Metadata } from "next";
import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { CompanyForm } from "@/components/settings/company-form";
import { LogoForm } from "@/components/settings/logo-form";
import { requirePermission } from "@/lib/auth/session";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { findCompany } from "@/lib/settings/company/find-company";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("company");
  return { title: t("title") };
}

export default async function CompanyPage() {
  const actor = await requirePermission("settings.company.manage");
  const t = await getTranslations("company");
  const ts = await getTranslations("settings");
  const format = await getFormatter();
  const company = await findCompany({ actor });

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("details")}</h2>
          <CompanyForm
            initial={{
              name: company.name,
              address: company.address,
              taxId: company.taxId,
              phone: company.phone,
              email: company.email,
              baseCurrency: company.baseCurrency,
              defaultVatRate: basisPointsToPercent(company.defaultVatRateBp),
            }}
          />
          <p className="mt-4 text-xs text-slate-500">{t("lastChanged", { when: format.dateTime(company.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("logo")}</h2>
          <div className="mb-4 flex h-32 items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950">
            {company.logoPath ? (
              // Served by our own route; next/image's optimizer is not used for uploads (SVG, no sharp offline).
              <Image src={`/files/logo/${company.logoPath}`} alt={t("logoAlt")} width={240} height={112} unoptimized className="max-h-28 w-auto object-contain" data-testid="company-logo" />
            ) : (
              <span className="text-sm text-slate-400">{t("noLogo")}</span>
            )}
          </div>
          <LogoForm hasLogo={company.logoPath !== null} />
        </Card>
      </div>
    </div>
  );
}
