"use client";

import { inputClass } from "@/components/ui/field";
import { MAX_NOTE_LENGTH } from "@/lib/domain/configuration";

type Props = {
  group: { code: string; required: boolean; multiple: boolean };
  choice: { code: string; requiresNote: boolean };
  label: string;
  /** "+¥10.00" or nothing when the choice does not change the price. */
  priceText: string | null;
  on: boolean;
  note: string;
  noteLabel: string;
  notePlaceholder: string;
  /** Names the inputs and test ids: `${prefix}-${group}.${choice}`, `${prefix}-note-…`. */
  prefix: string;
  onToggle: (on: boolean) => void;
  onNote: (note: string) => void;
};

/** One choice of an option group (radio or checkbox), with its note field once chosen when it needs one. */
export function OptionChoice({ group, choice, label, priceText, on, note, noteLabel, notePlaceholder, prefix, onToggle, onNote }: Props) {
  const key = `${group.code}.${choice.code}`;
  return (
    <div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type={group.multiple ? "checkbox" : "radio"}
          name={`${prefix}-${group.code}`}
          checked={on}
          onChange={(e) => onToggle(e.target.checked)}
          onClick={(e) => {
            // A second click on a chosen radio of an optional group clears it.
            if (!group.multiple && on && !group.required) {
              e.preventDefault();
              onToggle(false);
            }
          }}
          data-testid={`${prefix}-${key}`}
        />
        {label}
        {priceText && <span className="text-xs text-slate-500">{priceText}</span>}
      </label>
      {on && choice.requiresNote && (
        <input
          className={`${inputClass} mt-1`}
          maxLength={MAX_NOTE_LENGTH}
          placeholder={notePlaceholder}
          aria-label={noteLabel}
          value={note}
          onChange={(e) => onNote(e.target.value)}
          data-testid={`${prefix}-note-${key}`}
        />
      )}
    </div>
  );
}

/** "+¥10.00" / "−¥5.00" for a price delta, null for none. */
export function deltaText(delta: number, money: (minor: number) => string): string | null {
  return delta === 0 ? null : `${delta > 0 ? "+" : "−"}${money(Math.abs(delta))}`;
}
