"use client";

import { useCallback, useMemo, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

type Patch = Record<string, string | number | null>;

/**
 * Reads and writes the list's state in the URL. Only the table's own keys are carried over
 * (so one-off flags like `?created=1` drop off at the first change), and any change other than
 * the page number goes back to page 1.
 */
export function useTableUrl(filterKeys: string[]) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const keys = useMemo(() => ["page", "size", "sort", "dir", "q", ...filterKeys], [filterKeys]);

  const current = useMemo(() => {
    const out = new URLSearchParams();
    for (const key of keys) {
      const value = searchParams.get(key);
      if (value) out.set(key, value);
    }
    return out;
  }, [keys, searchParams]);

  const hrefWith = useCallback(
    (patch: Patch) => {
      const next = new URLSearchParams(current);
      if (!("page" in patch)) next.delete("page");
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === "" || (key === "page" && value === 1)) next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [current, pathname],
  );

  const navigate = useCallback(
    (patch: Patch, { replace = false }: { replace?: boolean } = {}) => {
      const href = hrefWith(patch);
      startTransition(() => (replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [hrefWith, router],
  );

  /** The current search, sort and filters without paging: what an export should contain. */
  const exportQuery = useMemo(() => {
    const out = new URLSearchParams(current);
    out.delete("page");
    out.delete("size");
    return out.toString();
  }, [current]);

  return { navigate, hrefWith, pending, exportQuery, current };
}
