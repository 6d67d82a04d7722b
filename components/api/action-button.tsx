"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/door";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** One button that posts hidden fields to a server action, asking first when `confirm` is set. */
export function ActionButton({ action, fields, label, confirm, variant = "secondary", success, testId }: { action: Action; fields: Record<string, string>; label: string; confirm?: string; variant?: "primary" | "secondary" | "danger"; success?: string; testId?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex items-center gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} data-testid={testId} className="px-2 py-1 text-xs">
        {label}
      </Button>
      <FormStatus state={state} success={success} />
    </form>
  );
}
