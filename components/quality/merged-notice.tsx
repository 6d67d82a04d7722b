import { getTranslations } from "next-intl/server";

/** Shown on a record's page right after another record was merged into it (?merged=1). */
export async function MergedNotice({ show }: { show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("quality");
  return (
    <p role="status" data-testid="merged-notice" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
      {t("merge.merged")}
    </p>
  );
}
