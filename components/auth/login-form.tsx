"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Staff sign-in. Errors come back from next-auth as a code and are translated here. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation so the server renders the app in the user's own language.
      window.location.assign(callbackUrl);
      return;
    }
    const code = result?.error ?? "invalid";
    if (code.startsWith("rateLimited:")) {
      setError(t("rateLimited", { minutes: Math.max(1, Math.ceil(Number(code.split(":")[1]) / 60)) }));
    } else {
      setError(t("invalid"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <Field label={t("email")} name="email" type="email" autoComplete="username" required autoFocus />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      {error && (
        <p data-testid="login-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
