// Finds a Chromium for Playwright, in the order STACK.md gives: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, then Playwright's own download. Returns null when there is none.
import fs from 'node:fs';

export async function findBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}
