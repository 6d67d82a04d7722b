import { ImageOff } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { SiteImage } from "@/lib/public-catalog/site/site-types";

/** A product picture (small copy, large one for wide screens) or a quiet placeholder. */
export async function ProductPicture({ image, alt, locale, className, sizes, large = false }: { image: SiteImage | null; alt: string; locale: string; className?: string; sizes: string; large?: boolean }) {
  if (!image) {
    const t = await getTranslations("public");
    return (
      <div className={cn("flex items-center justify-center bg-slate-100 text-slate-400 dark:bg-slate-800", className)}>
        <ImageOff className="h-8 w-8" aria-hidden />
        <span className="sr-only">{t("noImage")}</span>
      </div>
    );
  }
  const text = (locale === "en" ? image.altEn : image.altZh) || alt;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our own resized WebP copies; next/image would resize them again
    <img
      src={large ? image.large : image.src}
      srcSet={`${image.src} 400w, ${image.large} 1600w`}
      sizes={sizes}
      alt={text}
      loading={large ? "eager" : "lazy"}
      className={cn("bg-slate-100 object-contain dark:bg-slate-800", className)}
    />
  );
}
