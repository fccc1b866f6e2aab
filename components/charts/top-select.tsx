'use client';

/** How many series a chart keeps before summing the rest into "other". */
export function TopSelect({ value, choices, onChange }: { value: number; choices: readonly number[]; onChange: (top: string) => void }) {
  return (
    <label className="text-muted-foreground flex items-center gap-2 text-sm">
      Series
      <select aria-label="Series shown" value={value} onChange={(event) => onChange(event.target.value)} className="border-input bg-card text-foreground h-9 rounded-md border px-2 text-sm">
        {choices.map((n) => (
          <option key={n} value={n}>
            Top {n} and other
          </option>
        ))}
      </select>
    </label>
  );
}
