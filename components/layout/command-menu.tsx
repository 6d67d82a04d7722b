"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Command } from "cmdk";
import { Search } from "lucide-react";
import { searchRecordsAction } from "@/lib/actions/search";
import type { RecordHit } from "@/lib/search/search-records";

/** Ctrl/⌘-K: jump to any page the user may open, or to a record found by name. */
export function CommandMenu({ pages }: { pages: { href: string; label: string }[] }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<RecordHit[]>([]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === "k" && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (!query.trim()) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const found = await searchRecordsAction({ query });
      if (!stale) setHits(found);
    }, 150); // debounce typing
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    router.push(href);
  };

  return (
    <>
      <button
        type="button"
        data-testid="command-menu-button"
        onClick={() => setOpen(true)}
        className="flex w-full max-w-xs items-center gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        <Search className="h-4 w-4" aria-hidden />
        <span className="flex-1 text-left">{t("commandHint")}</span>
        <kbd className="hidden rounded border border-slate-300 px-1 text-xs sm:inline dark:border-slate-600">Ctrl K</kbd>
      </button>
      <Command.Dialog
        open={open}
        onOpenChange={setOpen}
        label={t("commandMenu")}
        shouldFilter={false}
        overlayClassName="fixed inset-0 z-50 bg-slate-900/40"
        contentClassName="fixed left-1/2 top-24 z-50 w-[min(36rem,92vw)] -translate-x-1/2 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-2xl dark:border-slate-700 dark:bg-slate-900"
      >
        <Command.Input
          value={query}
          onValueChange={(v) => {
            setQuery(v);
            if (!v.trim()) setHits([]);
          }}
          placeholder={t("commandPlaceholder")}
          className="w-full border-b border-slate-200 bg-transparent px-4 py-3 text-sm outline-none dark:border-slate-700"
        />
        <Command.List className="max-h-80 overflow-y-auto p-2">
          <Command.Empty className="px-3 py-6 text-center text-sm text-slate-500">{t("commandEmpty")}</Command.Empty>
          <Command.Group heading={t("commandPages")} className="text-xs text-slate-500 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1">
            {pages
              .filter((p) => p.label.toLowerCase().includes(query.trim().toLowerCase()))
              .map((p) => (
                <Command.Item key={p.href} value={`page:${p.href}`} onSelect={() => go(p.href)} className="cursor-pointer rounded-md px-3 py-2 text-sm text-slate-800 data-[selected=true]:bg-slate-100 dark:text-slate-100 dark:data-[selected=true]:bg-slate-800">
                  {p.label}
                </Command.Item>
              ))}
          </Command.Group>
          {hits.length > 0 && (
            <Command.Group heading={t("commandRecords")} className="text-xs text-slate-500 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1">
              {hits.map((h) => (
                <Command.Item key={`${h.kind}:${h.id}`} value={`${h.kind}:${h.id}`} onSelect={() => go(h.href)} className="flex cursor-pointer justify-between gap-2 rounded-md px-3 py-2 text-sm text-slate-800 data-[selected=true]:bg-slate-100 dark:text-slate-100 dark:data-[selected=true]:bg-slate-800">
                  <span>{h.label}</span>
                  <span className="text-xs text-slate-500">
                    {t(`recordKinds.${h.kind}`)} {h.detail}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command.Dialog>
    </>
  );
}
