import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

/** Why two records look alike, as small badges. */
export function DuplicateReasons({ reasons }: { reasons: readonly string[] }) {
  const t = useTranslations("quality.duplicates.reasons");
  return (
    <span className="flex flex-wrap gap-1">
      {reasons.map((reason) => (
        <Badge key={reason} tone={reason === "name" || reason === "accountName" ? "amber" : "red"}>
          {t(reason as "taxId")}
        </Badge>
      ))}
    </span>
  );
}
