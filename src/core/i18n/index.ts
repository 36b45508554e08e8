import type { Locale } from '../types';

/**
 * Maps what VS Code, the environment or a flag says (`zh-cn`, `zh_TW.UTF-8`, `zh-Hant-HK`, `en-US`)
 * to one of the three locales the product speaks. Hong Kong and Macau read Traditional Chinese.
 */
export function resolveLocale(input?: string | null, fallback: Locale = 'en'): Locale {
  if (!input) return fallback;
  const s = input.toLowerCase().replace(/_/g, '-').replace(/\..*$/, '');
  if (s.startsWith('zh')) {
    if (/hant|-tw|-hk|-mo/.test(s)) return 'zh-TW';
    return 'zh-CN';
  }
  if (s.startsWith('en')) return 'en';
  return fallback;
}

/** A message in the three locales; `{name}` placeholders are filled by `format`. */
export type Messages = Record<Locale, string>;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

export function msg(messages: Messages, locale: Locale, params?: Record<string, string | number>): string {
  return format(messages[locale] ?? messages.en, params);
}
