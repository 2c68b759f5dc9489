/** The languages of the dashboard (as the widgets name them). */
export type UiLang = 'zh-CN' | 'en';

export type Theme = 'light' | 'dark';

/** What the dashboard remembers across visits. */
export interface Settings {
  lang: UiLang;
  theme: Theme;
}

const KEY = 'remit.dashboard';

/**
 * The remembered settings, else Chinese (the plans are Chinese documents) and
 * the system's colour scheme. Anything unreadable in storage is ignored.
 */
export function loadSettings(storage: Storage | undefined = localStore()): Settings {
  const fallback: Settings = {
    lang: 'zh-CN',
    theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  };
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    return fallback;
  }
  const value = (stored ?? {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    lang: value.lang === 'en' || value.lang === 'zh-CN' ? value.lang : fallback.lang,
    theme: value.theme === 'dark' || value.theme === 'light' ? value.theme : fallback.theme,
  };
}

/** Remembers the settings; a full or forbidden storage is ignored (the page still works). */
export function saveSettings(
  settings: Settings,
  storage: Storage | undefined = localStore(),
): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ lang: settings.lang, theme: settings.theme }));
  } catch {
    // private mode or storage disabled: the choice lasts for this visit only
  }
}

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
