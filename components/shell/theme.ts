export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'console-theme';

/**
 * Runs before first paint (inlined in the root layout) so a dark-theme reader never sees a white
 * flash: applies the stored choice, or the system's preference.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var c=localStorage.getItem('${THEME_STORAGE_KEY}');var d=c==='dark'||(c!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;

export function applyTheme(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}
