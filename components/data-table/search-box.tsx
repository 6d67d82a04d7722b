"use client";

import { useEffect, useState } from "react";
import { Search } from "lucide-react";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

/**
 * Free-text search that updates the URL 300 ms after typing stops. A URL change from elsewhere
 * (back button, "clear filters") replaces the text, unless the person has typed since.
 */
export function SearchBox({ value: q, label, onSearch }: { value: string; label: string; onSearch: (q: string) => void }) {
  const [value, setValue] = useState(q);
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (value === seen) setValue(q);
  }

  useEffect(() => {
    if (value.trim() === q) return;
    const timer = setTimeout(() => onSearch(value.trim()), 300);
    return () => clearTimeout(timer);
  }, [value, q, onSearch]);

  return (
    <div className="relative w-full sm:max-w-xs">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" aria-hidden />
      <input
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onSearch(value.trim());
        }}
        placeholder={label}
        aria-label={label}
        maxLength={100}
        data-testid="table-search"
        className={cn(inputClass, "pl-8")}
      />
    </div>
  );
}
