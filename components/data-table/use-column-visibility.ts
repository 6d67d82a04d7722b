"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { functionalUpdate, type ColumnVisibilityState, type Updater } from "@tanstack/react-table";

// Which columns a person hides is a per-browser preference, remembered per table.
const EVENT = "carrack:column-visibility";
const storageKey = (tableId: string) => `carrack.table.${tableId}.columns`;
// Used when localStorage is unavailable (private mode, policy): remembered for this page only.
const memory = new Map<string, string>();

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function parse(raw: string | null, defaults: ColumnVisibilityState): ColumnVisibilityState {
  if (!raw) return defaults;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object" || Array.isArray(value)) return defaults;
    const out: ColumnVisibilityState = { ...defaults };
    for (const [k, v] of Object.entries(value)) if (typeof v === "boolean") out[k] = v;
    return out;
  } catch {
    return defaults;
  }
}

/**
 * Column visibility backed by localStorage. The server render (and the first client render)
 * uses the defaults, then the stored choice applies, so hydration never mismatches.
 */
export function useColumnVisibility(tableId: string, defaults: ColumnVisibilityState) {
  const key = storageKey(tableId);
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const visibility = useMemo(() => parse(raw, defaults), [raw, defaults]);

  const setVisibility = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, parse(read(key), defaults));
      const json = JSON.stringify(next);
      try {
        window.localStorage.setItem(key, json);
      } catch {
        memory.set(key, json);
      }
      window.dispatchEvent(new Event(EVENT));
    },
    [key, defaults],
  );

  return [visibility, setVisibility] as const;
}
