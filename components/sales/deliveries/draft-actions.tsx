"use client";

import { useActionState } from "react";
import { Send, XCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/auth/door";

type DraftAction = (prev: ActionState<{ id: string }>, form: FormData) => Promise<ActionState<{ id: string }>>;

/**
 * Post and cancel for a draft delivery or return: two small forms carrying the id. Refusals
 * (credit hold, shortage, quantities taken meanwhile) show below the buttons.
 */
export function DraftActions({ id, post, cancel, labels, testId }: { id: string; post: DraftAction; cancel: DraftAction; labels: { post: string; cancel: string; cancelConfirm: string }; testId: string }) {
  const [postState, postAction, posting] = useActionState(post, null);
  const [cancelState, cancelAction, cancelling] = useActionState(cancel, null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={postAction}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" disabled={posting || cancelling} data-testid={`post-${testId}`}>
            <Send className="h-4 w-4" aria-hidden />
            {labels.post}
          </Button>
        </form>
        <form action={cancelAction} onSubmit={(e) => { if (!window.confirm(labels.cancelConfirm)) e.preventDefault(); }}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="danger" disabled={posting || cancelling} data-testid={`cancel-${testId}`}>
            <XCircle className="h-4 w-4" aria-hidden />
            {labels.cancel}
          </Button>
        </form>
      </div>
      <FormStatus state={postState} />
      <FormStatus state={cancelState} />
    </div>
  );
}
