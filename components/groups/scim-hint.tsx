import type { ReactNode } from 'react';

/** Why a control is off for a SCIM-managed group (the API refuses those changes). */
export const SCIM_HINT =
  'Managed by your identity provider (SCIM): its name, members and deletion are changed there.';

/**
 * Wraps a control that is disabled because the identity provider manages the group: the hint
 * shows on hover (a disabled button fires no pointer events of its own) and to screen readers.
 */
export function ScimLocked({ locked, children }: { locked: boolean; children: ReactNode }) {
  if (!locked) return <>{children}</>;
  return (
    <span
      title={SCIM_HINT}
      className="inline-flex cursor-not-allowed [&>button]:pointer-events-none"
    >
      {children}
      <span className="sr-only">{SCIM_HINT}</span>
    </span>
  );
}
