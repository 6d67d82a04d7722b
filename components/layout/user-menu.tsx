"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { LogOut, Settings2, UserCircle } from "lucide-react";
import { LocaleSwitcher } from "./locale-switcher";
import { ThemeSwitcher } from "./theme-switcher";

export function UserMenu({ user }: { user: { name: string; email: string; role: string } }) {
  const t = useTranslations();
  return (
    <details className="relative" data-testid="user-menu">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
        <UserCircle className="h-5 w-5" aria-hidden />
        <span className="hidden sm:inline">{user.name}</span>
        <span className="sr-only">{t("shell.account")}</span>
      </summary>
      <div className="absolute right-0 z-50 mt-2 w-64 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <div>
          <p className="font-medium" data-testid="current-user">{user.name}</p>
          <p className="truncate text-xs text-slate-500">{user.email}</p>
          <p className="text-xs text-slate-500">{user.role}</p>
        </div>
        <Link href="/app/profile" className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          <Settings2 className="h-4 w-4" aria-hidden />
          {t("shell.profile")}
        </Link>
        <ThemeSwitcher />
        <LocaleSwitcher />
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: "/login" })}
          className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950"
        >
          <LogOut className="h-4 w-4" aria-hidden />
          {t("auth.signOut")}
        </button>
      </div>
    </details>
  );
}
