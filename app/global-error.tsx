'use client';

// The last resort: a failure in the root layout itself. It replaces the whole document, so it
// brings its own <html> and plain styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 560, margin: '15vh auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <h1 style={{ fontSize: '1.4rem' }}>The console could not be shown</h1>
        <p>
          Something failed on the server before the page could be drawn. Try again; if it keeps happening, the server log has the details
          {error.digest ? ` (reference ${error.digest})` : ''}.
        </p>
        <button type="button" onClick={reset} style={{ padding: '0.4rem 1rem' }}>
          Try again
        </button>
      </body>
    </html>
  );
}
