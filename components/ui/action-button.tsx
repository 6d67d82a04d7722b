"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/auth/door";

/**
 * A button that runs one server action with no form (mark read, retry…), then re-renders the
 * page from the server. An expected failure is shown to the person; the button waits meanwhile.
 */
export function ActionButton({ run, className, testId, children }: { run: () => Promise<ActionState<unknown>>; className: string; testId?: string; children: React.ReactNode }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={className}
      data-testid={testId}
      onClick={() =>
        start(async () => {
          const result = await run();
          if (result && !result.ok) window.alert(result.error);
          router.refresh();
        })
      }
    >
      {children}
    </button>
  );
}
