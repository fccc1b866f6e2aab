/** A form's failure, read out when it appears. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="bg-danger/10 text-danger rounded-md px-3 py-2 text-sm">
      {error}
    </p>
  );
}
