"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ArrowLeft, ArrowRight, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cn } from "@/components/ui/cn";
import { deleteProductImageAction, moveProductImageAction, uploadProductImageAction } from "@/lib/actions/products";
import { productImageUrl } from "@/lib/catalog/images/image-files";

export type GalleryImage = { id: string; fileName: string; width: number; height: number; alt: string };

/** The gallery: a large picture, thumbnails to pick it, and for catalog managers upload, reorder and delete. */
export function ProductImages({ productId, images, canManage }: { productId: string; images: GalleryImage[]; canManage: boolean }) {
  const t = useTranslations("products");
  const [selected, setSelected] = useState(0);
  const current = images[Math.min(selected, images.length - 1)];

  return (
    <div className="space-y-3" data-testid="product-gallery">
      {current ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own resized WebP files; next/image would resize them again
        <img
          src={productImageUrl(current.fileName, 1600)}
          alt={current.alt}
          width={current.width}
          height={current.height}
          className="aspect-square w-full rounded-lg border border-slate-200 bg-white object-contain dark:border-slate-800"
          data-testid="product-main-image"
        />
      ) : (
        <div className="flex aspect-square w-full items-center justify-center rounded-lg border border-dashed border-slate-300 text-sm text-slate-400 dark:border-slate-700">{t("images.none")}</div>
      )}
      {images.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {images.map((image, i) => (
            <li key={image.id} className="space-y-1" data-testid="product-image">
              <button type="button" onClick={() => setSelected(i)} className={cn("block rounded-md border-2", i === selected ? "border-brand-500" : "border-transparent")} aria-label={t("images.show", { n: i + 1 })}>
                {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
                <img src={productImageUrl(image.fileName, 400)} alt={image.alt} width={64} height={64} className="h-16 w-16 rounded object-cover" loading="lazy" />
              </button>
              {canManage && <ImageControls id={image.id} first={i === 0} last={i === images.length - 1} />}
            </li>
          ))}
        </ul>
      )}
      {canManage && <UploadForm productId={productId} />}
    </div>
  );
}

function UploadForm({ productId }: { productId: string }) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(uploadProductImageAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-2" data-testid="image-upload-form">
      <input type="hidden" name="productId" value={productId} />
      <Field label={t("images.upload")} name="image" type="file" required accept="image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp" hint={t("images.hint")} error={errors.image} />
      <FormStatus state={state} success={t("images.uploaded")} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="image-upload">
        {t("images.uploadButton")}
      </Button>
    </form>
  );
}

function ImageControls({ id, first, last }: { id: string; first: boolean; last: boolean }) {
  const t = useTranslations("products");
  const [moveState, move, moving] = useActionState(moveProductImageAction, null);
  const [deleteState, remove, removing] = useActionState(deleteProductImageAction, null);
  const error = (moveState && !moveState.ok && moveState.error) || (deleteState && !deleteState.ok && deleteState.error);
  const small = "rounded p-1 text-slate-500 hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-800";
  return (
    <div className="flex justify-center gap-0.5">
      <form action={move}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="direction" value="up" disabled={first || moving} className={small} title={t("images.moveEarlier")} aria-label={t("images.moveEarlier")}>
          <ArrowLeft className="h-3.5 w-3.5" aria-hidden />
        </button>
        <button type="submit" name="direction" value="down" disabled={last || moving} className={small} title={t("images.moveLater")} aria-label={t("images.moveLater")}>
          <ArrowRight className="h-3.5 w-3.5" aria-hidden />
        </button>
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!window.confirm(t("images.deleteConfirm"))) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={removing} className={small} title={t("images.delete")} aria-label={t("images.delete")} data-testid="image-delete">
          <Trash2 className="h-3.5 w-3.5" aria-hidden />
        </button>
      </form>
      {error && <p role="status" className="text-xs text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
