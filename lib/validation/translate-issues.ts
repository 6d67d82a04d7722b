import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { loose, type LooseTranslate } from "@/lib/i18n/loose";

/**
 * Zod issues → one translated message per field. A schema may name a key of the `validation`
 * catalog as its message (`{ error: "emailTaken" }`); otherwise the issue code picks one.
 */
export async function translateIssues(issues: z.core.$ZodIssue[]): Promise<Record<string, string>> {
  const t = await getTranslations("validation");
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    out[field] = messageFor(issue, loose(t));
  }
  return out;
}


function messageFor(issue: z.core.$ZodIssue, t: LooseTranslate): string {
  if (issue.message && t.has(issue.message)) return t(issue.message);
  switch (issue.code) {
    case "too_small":
      return issue.minimum === 1 && issue.origin === "string" ? t("required") : t("tooSmall", { min: String(issue.minimum) });
    case "too_big":
      return t("tooBig", { max: String(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("email") : t("format");
    case "invalid_value":
      return t("choice");
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? t("required") : t("format");
    default:
      return t("format");
  }
}
