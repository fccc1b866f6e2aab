/** A form's failure, read out when it appears; nothing when there is none. */
export function FormError({ message, className }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`bg-danger/10 text-danger rounded-md px-3 py-2 text-sm break-words ${className ?? ''}`}>
      {message}
    </p>
  );
}
