"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">{t("errorTitle")}</h1>
      <p className="max-w-md text-sm text-slate-500">{t("errorBody", { ref: error.digest ?? "-" })}</p>
      <Button variant="secondary" onClick={reset}>{t("tryAgain")}</Button>
    </main>
  );
}
