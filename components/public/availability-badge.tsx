import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { AvailabilityLevel } from "@/lib/public-catalog/availability";
import { AVAILABILITY_TONE } from "./availability-tone";

export async function AvailabilityBadge({ level }: { level: AvailabilityLevel }) {
  const t = await getTranslations("public");
  return (
    <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium", AVAILABILITY_TONE[level])} data-testid="availability" data-level={level}>
      {t(`availability.${level}`)}
    </span>
  );
}
