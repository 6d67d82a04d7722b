import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { productPath } from "@/lib/public-catalog/site/site-urls";
import type { SiteProductCard } from "@/lib/public-catalog/site/site-types";
import { AvailabilityBadge } from "./availability-badge";
import { PriceTag } from "./price-tag";
import { ProductPicture } from "./product-picture";
import { pick } from "./site-format";

export function ProductCard({ product, locale }: { product: SiteProductCard; locale: Locale }) {
  const name = pick(product, "name", locale);
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md dark:border-slate-800 dark:bg-slate-900" data-testid="product-card" data-slug={product.slug}>
      <Link href={productPath(locale, product.slug)} className="flex flex-1 flex-col">
        <ProductPicture image={product.image} alt={name} locale={locale} className="aspect-square w-full" sizes="(min-width: 1024px) 25vw, 50vw" />
        <div className="flex flex-1 flex-col gap-1.5 p-3">
          {product.brand && <p className="text-xs uppercase tracking-wide text-slate-500">{product.brand}</p>}
          <h2 className="line-clamp-2 text-sm font-medium group-hover:text-brand-600">{name}</h2>
          <div className="mt-auto flex flex-wrap items-end justify-between gap-2 pt-2">
            <PriceTag price={product.price} from={product.priceFrom} />
            <AvailabilityBadge level={product.availability} />
          </div>
        </div>
      </Link>
    </li>
  );
}
