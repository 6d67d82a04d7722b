import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { PublicPrice } from "@/lib/public-catalog/schema";
import { showPrice } from "./site-format";

/** The price as the public list states it (with its VAT basis), or "price on request". */
export async function PriceTag({ price, from = false, large = false }: { price: PublicPrice | null; from?: boolean; large?: boolean }) {
  const t = await getTranslations("public");
  const locale = await getLocale();
  if (!price) return <span className={cn("text-slate-500", large ? "text-lg" : "text-sm")} data-testid="price-on-request">{t("priceOnRequest")}</span>;
  const text = showPrice(price, locale);
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <span className={cn("font-semibold tabular-nums", large ? "text-2xl" : "text-base")} data-testid="price">
        {from ? t("priceFrom", { price: text }) : text}
      </span>
      <span className="text-xs text-slate-500">{price.taxInclusive ? t("inclVat") : t("exclVat")}</span>
    </span>
  );
}
