"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createCategoryAction, updateCategoryAction } from "@/lib/actions/categories";

type Option = { value: string; label: string };
type Values = { nameZh: string; nameEn: string; slug: string; parentId: string; position: string };

const EMPTY: Values = { nameZh: "", nameEn: "", slug: "", parentId: "", position: "0" };

/** Create or edit (rename, re-slug, move) a category. Controlled, so a failed save keeps what was typed. */
export function CategoryForm({ category, parents }: { category?: { id: string } & Values; parents: Option[] }) {
  const t = useTranslations("categories");
  const [state, action, pending] = useActionState(category ? updateCategoryAction : createCategoryAction, null);
  const [values, setValues] = useState<Values>(category ?? EMPTY);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  // A created category shows in the tree: clear the form for the next one.
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (!category && state?.ok) setValues((v) => ({ ...EMPTY, parentId: v.parentId }));
  }

  return (
    <form action={action} className="space-y-4" data-testid={category ? "category-edit-form" : "category-create-form"}>
      {category && <input type="hidden" name="id" value={category.id} />}
      <Field label={t("nameZh")} name="nameZh" value={values.nameZh} onChange={set("nameZh")} required maxLength={100} error={errors.nameZh} />
      <Field label={t("nameEn")} name="nameEn" value={values.nameEn} onChange={set("nameEn")} required maxLength={100} error={errors.nameEn} />
      <Field label={t("slug")} name="slug" value={values.slug} onChange={set("slug")} maxLength={80} hint={t("slugHint")} error={errors.slug} />
      <SelectField label={t("parent")} name="parentId" value={values.parentId} onChange={set("parentId")} error={errors.parentId} options={[{ value: "", label: t("noParent") }, ...parents]} />
      <Field label={t("position")} name="position" type="number" min={0} max={100000} value={values.position} onChange={set("position")} hint={t("positionHint")} error={errors.position} />
      <FormStatus state={state} success={category ? t("saved") : t("created")} />
      <Button type="submit" disabled={pending}>{category ? t("save") : t("createButton")}</Button>
    </form>
  );
}
