"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { deleteTeamAction } from "@/lib/actions/teams";

/** Delete with a confirmation; the server refuses a team that still has members or sub-teams. */
export function DeleteTeamForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("teams");
  const [state, action, pending] = useActionState(deleteTeamAction, null);
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
      <Button type="submit" variant="danger" disabled={pending} data-testid="delete-team">
        {t("delete")}
      </Button>
    </form>
  );
}
