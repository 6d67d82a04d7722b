import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { getActor } from "@/lib/auth/session";
import { needsSetup } from "@/lib/settings/company/needs-setup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

function safeCallback(value: string | string[] | undefined): string {
  // Only same-site paths: an open redirect after sign-in would help phishing.
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/app";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (await getActor()) redirect(safeCallback(params.callbackUrl));
  if (await needsSetup()) redirect("/setup");
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold">{t("auth.signInTitle")}</h1>
          <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{t("common.tagline")}</p>
        </div>
        <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
        <div className="mt-6 flex justify-center">
          <LocaleSwitcher />
        </div>
      </div>
    </main>
  );
}
