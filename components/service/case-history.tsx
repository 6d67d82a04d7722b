import { getFormatter, getTranslations } from "next-intl/server";
import { auditLabel } from "@/components/audit/labels";
import { Card } from "@/components/ui/card";
import type { CaseStatus } from "@/lib/domain/service-case";
import type { ServiceCaseDetail } from "@/lib/service/cases/find-service-case";

function parse(json: string | null): Record<string, unknown> {
  try {
    return JSON.parse(json ?? "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The case's history from its audit entries, newest first. */
export async function CaseHistory({ history }: { history: ServiceCaseDetail["history"] }) {
  const [t, ta, format] = await Promise.all([getTranslations("service"), getTranslations("audit"), getFormatter()]);
  const field = (key: string) => (t.has(`columns.${key}` as "columns.subject") ? t(`columns.${key}` as "columns.subject") : key);
  return (
    <Card>
      <h2 className="mb-3 text-sm font-semibold">{t("view.history")}</h2>
      {history.length === 0 ? (
        <p className="text-sm text-slate-500">{t("view.noHistory")}</p>
      ) : (
        <ol className="space-y-3" data-testid="case-history">
          {history.map((e) => {
            const who = e.actorEmail || t("view.system");
            const after = parse(e.after);
            const status = typeof after.status === "string" ? t(`statuses.${after.status as CaseStatus}`) : "";
            const text =
              e.action === "create"
                ? t("view.historyCreate", { who })
                : e.action === "update"
                  ? t("view.historyUpdate", { who, fields: Object.keys(after).map(field).join(", ") })
                  : e.action === "status"
                    ? t("view.historyStatus", { who, status })
                    : e.action === "reopen"
                      ? t("view.historyReopen", { who, reason: String(after.reason ?? "") })
                      : e.action === "care"
                        ? t("view.historyCare", { who })
                        : t("view.historyOther", { who, action: auditLabel(ta, "actions", e.action) });
            return (
              <li key={e.id} className="border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700">
                <time dateTime={e.at.toISOString()} className="block text-xs text-slate-500">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                {text}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
