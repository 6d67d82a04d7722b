"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/door";
import { Button } from "./button";
import { FormStatus } from "./form-status";

type DeleteAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A delete button that asks first; the server action decides (and explains) whether it may. */
export function ConfirmDeleteForm({ action, id, label, confirm, testId }: { action: DeleteAction; id: string; label: string; confirm: string; testId?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <FormStatus state={state} />
      <Button type="submit" variant="danger" disabled={pending} data-testid={testId}>
        {label}
      </Button>
    </form>
  );
}
