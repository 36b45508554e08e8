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

const TRADITIONAL_ONLY = /[們這個時間問題負責與說無應項見檢處理進階監環節較讓錯誤過饋訪為際計劃畫總結報標準達綫線礎務會議]/g;
const SIMPLIFIED_ONLY = /[们这个时间问题负责与说无应项见检处理进阶监环节较让错误过馈访为际计划画总结报标准达线础务会议]/g;

/** Guesses the language a document is written in, from its characters. */
export function detectLocale(text: string): Locale {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cjk = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (cjk === 0 || cjk * 3 < latin) return 'en';
  const trad = (sample.match(TRADITIONAL_ONLY) ?? []).length;
  const simp = (sample.match(SIMPLIFIED_ONLY) ?? []).length;
  return trad > simp ? 'zh-TW' : 'zh-CN';
}

/** A message in the three locales; `{name}` placeholders are filled by `format`. */
export type Messages = Record<Locale, string>;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

export function msg(messages: Messages, locale: Locale, params?: Record<string, string | number>): string {
  return format(messages[locale] ?? messages.en, params);
}
