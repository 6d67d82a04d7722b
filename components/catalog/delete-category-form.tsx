"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { deleteCategoryAction } from "@/lib/actions/categories";

/** Delete with a confirmation; the server refuses a category that still has products or sub-categories. */
export function DeleteCategoryForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("categories");
  const [state, action, pending] = useActionState(deleteCategoryAction, null);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(t("deleteConfirm", { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <FormStatus state={state} />
      <Button type="submit" variant="danger" disabled={pending} data-testid="delete-category">
        {t("delete")}
      </Button>
    </form>
  );
}
