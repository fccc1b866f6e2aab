'use client';

export interface RoleOption<R extends string> {
  value: R;
  label: string;
  /** Why this role cannot be given now ("console admins only"); null or absent when it can. */
  gated?: string | null;
}

/** The owner option, which only console admins may give. */
export const ownerOption = (canGrantOwner: boolean): RoleOption<'owner'> => ({
  value: 'owner',
  label: 'Owner',
  gated: canGrantOwner ? null : 'console admins only',
});

/**
 * A role picker (organization or project role). A current role it does not know stays shown as
 * an option; a gated role is offered disabled, with the reason, unless it is the current one.
 */
export function RoleSelect<R extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly RoleOption<R>[];
  onChange: (role: R) => void;
}) {
  const known = options.some((o) => o.value === value);
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => {
        const next = options.find((o) => o.value === e.target.value);
        if (next) onChange(next.value);
      }}
      className="border-input bg-card focus-visible:ring-ring h-8 rounded-md border px-2 text-sm focus-visible:ring-2 focus-visible:outline-none"
    >
      {!known && <option value={value}>{value}</option>}
      {options.map((o) => {
        const gated = !!o.gated && o.value !== value;
        return (
          <option key={o.value} value={o.value} disabled={gated}>
            {gated ? `${o.label} (${o.gated})` : o.label}
          </option>
        );
      })}
    </select>
  );
}
