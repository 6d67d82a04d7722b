import type { ActionState } from "@/lib/auth/door";

/** The outcome line under a form: the translated error, or the success message. */
export function FormStatus({ state, success }: { state: ActionState<unknown>; success?: string }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="status" data-testid="form-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
        {state.error}
      </p>
    );
  const message = state.message ?? success;
  return message ? (
    <p role="status" data-testid="form-success" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300">
      {message}
    </p>
  ) : null;
}
