"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Menu, X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { NavIcon } from "./icons";
import { CommandMenu } from "./command-menu";
import { UserMenu } from "./user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Bell } from "@/lib/notifications/find-notifications";

export type ShellSection = { label: string; items: { href: string; label: string; icon: string }[] };

function isActive(pathname: string, href: string) {
  return href === "/app" ? pathname === "/app" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Sidebar (a drawer on phones), top bar with the command menu, theme, language and account. */
export function AppShell({ sections, user, bell, children }: { sections: ShellSection[]; user: { name: string; email: string; role: string }; bell: Bell; children: React.ReactNode }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const pages = sections.flatMap((s) => s.items);

  const nav = (
    <nav aria-label={t("sections.main")} className="flex flex-col gap-6 p-4">
      <Link href="/app" className="px-2 text-lg font-semibold tracking-tight" onClick={() => setOpen(false)}>
        Carrack
      </Link>
      {sections.map((section) => (
        <div key={section.label}>
          <p className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{section.label}</p>
          <ul className="space-y-0.5">
            {section.items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  onClick={() => setOpen(false)}
                  aria-current={isActive(pathname, item.href) ? "page" : undefined}
                  className={cn(
                    "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm",
                    isActive(pathname, item.href)
                      ? "bg-brand-50 font-medium text-brand-700 dark:bg-slate-800 dark:text-white"
                      : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                  )}
                >
                  <NavIcon name={item.icon} className="h-4 w-4" />
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );

  return (
    <div className="min-h-screen lg:pl-60">
      <aside className="fixed inset-y-0 left-0 hidden w-60 overflow-y-auto border-r border-slate-200 bg-white lg:block dark:border-slate-800 dark:bg-slate-900">
        {nav}
      </aside>
      {open && (
        <div className="fixed inset-0 z-40 lg:hidden" role="dialog" aria-modal="true">
          <div className="absolute inset-0 bg-slate-900/40" onClick={() => setOpen(false)} />
          <aside className="absolute inset-y-0 left-0 w-64 overflow-y-auto bg-white shadow-xl dark:bg-slate-900">
            <button type="button" className="absolute right-2 top-3 p-2" onClick={() => setOpen(false)} aria-label={t("closeMenu")}>
              <X className="h-5 w-5" />
            </button>
            {nav}
          </aside>
        </div>
      )}
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <button type="button" className="-ml-2 p-2 lg:hidden" onClick={() => setOpen(true)} aria-label={t("openMenu")}>
          <Menu className="h-5 w-5" />
        </button>
        <CommandMenu pages={pages} />
        <div className="ml-auto flex items-center gap-1">
          <NotificationBell initial={bell} />
          <UserMenu user={user} />
        </div>
      </header>
      <main className="mx-auto max-w-7xl p-4 sm:p-6">{children}</main>
    </div>
  );
}
