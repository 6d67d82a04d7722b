"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { PublicImage } from "@/lib/public-catalog/schema";

/** The large picture and a row of thumbnails that switch it. */
export function ProductGallery({ images, name }: { images: PublicImage[]; name: string }) {
  const t = useTranslations("public");
  const [at, setAt] = useState(0);
  const current = images[Math.min(at, images.length - 1)];
  if (!current) return <div className="flex aspect-square items-center justify-center rounded-xl bg-slate-100 text-slate-400 dark:bg-slate-800">{t("noImage")}</div>;
  return (
    <div className="space-y-3" data-testid="product-gallery">
      {/* eslint-disable-next-line @next/next/no-img-element -- our own resized WebP copies */}
      <img src={current.url} alt={current.alt || t("imageOf", { n: at + 1, name })} width={current.width} height={current.height} className="aspect-square w-full rounded-xl border border-slate-200 bg-slate-50 object-contain dark:border-slate-800 dark:bg-slate-900" data-testid="gallery-main" />
      {images.length > 1 && (
        <ul className="flex flex-wrap gap-2">
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => setAt(i)}
                aria-pressed={i === at}
                aria-label={t("imageOf", { n: i + 1, name })}
                className={cn("overflow-hidden rounded-md border-2", i === at ? "border-brand-600" : "border-transparent hover:border-slate-300")}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
                <img src={image.thumbnailUrl} alt="" className="h-16 w-16 bg-slate-50 object-contain" loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
