import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { needsSetup } from "@/lib/settings/company/needs-setup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("setupTitle") };
}

// First-run page of an empty company (CARRACK_DEMO=0): creates the company and its first admin.
export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/login");
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md">
        <h1 className="text-2xl font-semibold">{t("setupTitle")}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-500">{t("setupIntro")}</p>
        <SetupForm />
        <div className="mt-6 flex justify-center"><LocaleSwitcher /></div>
      </div>
    </main>
  );
}
