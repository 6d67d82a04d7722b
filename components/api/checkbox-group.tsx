/** A fieldset of checkboxes sharing one name (the server receives every checked value). */
export function CheckboxGroup({ legend, name, options, defaultValues, error }: { legend: string; name: string; options: { value: string; label: string }[]; defaultValues: string[]; error?: string }) {
  return (
    <fieldset>
      <legend className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">{legend}</legend>
      <div className="space-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} className="h-4 w-4 rounded border-slate-300" />
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
