import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** The 404 page, in the staff shell or bare: the same words whether the record is missing or forbidden. */
export async function NotFoundView() {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="text-xl font-semibold" data-testid="not-found">{t("notFoundTitle")}</h1>
      <p className="max-w-md text-sm text-slate-500">{t("notFoundBody")}</p>
      <Link href="/app" className={buttonClass("secondary")}>{t("goHome")}</Link>
    </main>
  );
}
