/**
 * The UI's languages: one message catalog per locale (webroot/i18n/<locale>.json, flat dotted keys), loaded once
 * before the first render and again when the reader picks another language; no build step.
 *
 * A catalog entry is a string with `{name}` placeholders, or a plural entry: an object keyed by the locale's
 * Intl.PluralRules categories (`one`, `few`, `many`, `other`, ...), chosen by the `count` parameter. Numbers in
 * parameters are formatted for the locale. `t()` of a key the catalog lacks returns the key itself, so a missing
 * translation shows up instead of hiding behind English (the catalog test keeps every catalog complete).
 *
 * Components re-render when the language changes: UrbisElement listens for the `urbis-locale` event.
 */
export const LOCALES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv',
  'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
export const DEFAULT_LOCALE = 'en';
export const LOCALE_EVENT = 'urbis-locale';
const STORAGE_KEY = 'urbis.locale';

let current = DEFAULT_LOCALE;
let messages = {};
let formats = formattersFor(DEFAULT_LOCALE);

/** The locale in use, e.g. "de". */
export function locale() {
  return current;
}

/** The first supported locale among the reader's stored choice and the browser's languages. */
export function preferredLocale(languages = navigator.languages ?? [navigator.language]) {
  const stored = localStorage.getItem(STORAGE_KEY);
  return [stored, ...languages].map(supportedLocale).find(Boolean) ?? DEFAULT_LOCALE;
}

/** "de-AT" → "de"; an unsupported language → null. */
export function supportedLocale(tag) {
  const language = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.includes(language) ? language : null;
}

/** Loads a locale's catalog, makes it current, sets `<html lang>` and tells every component to re-render. */
export async function useLocale(requested, { remember = false } = {}) {
  const next = supportedLocale(requested) ?? DEFAULT_LOCALE;
  const response = await fetch(`/i18n/${next}.json`);
  if (!response.ok) {
    throw new Error(`catalog ${next}: HTTP ${response.status}`);
  }
  messages = await response.json();
  current = next;
  formats = formattersFor(next);
  document.documentElement.lang = next;
  if (remember) {
    localStorage.setItem(STORAGE_KEY, next);
  }
  window.dispatchEvent(new CustomEvent(LOCALE_EVENT, { detail: next }));
  return next;
}

/** The message for a key in the current locale, with its parameters filled in. */
export function t(key, params = {}) {
  let entry = messages[key];
  if (entry === undefined) {
    return key;
  }
  if (typeof entry === 'object') {
    entry = entry[formats.plural.select(Number(params.count ?? 0))] ?? entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (placeholder, name) => {
    if (!(name in params)) {
      return placeholder;
    }
    const value = params[name];
    return typeof value === 'number' ? formats.number.format(value) : String(value ?? '');
  });
}

/** A date and time such as "2 Dec 2026, 14:05" in the current locale. */
export function formatDateTime(iso) {
  return iso ? formats.dateTime.format(new Date(iso)) : '';
}

/** A time of day such as "14:05". */
export function formatTime(iso) {
  return iso ? formats.time.format(new Date(iso)) : '';
}

/** A whole calendar day such as "Wednesday, 2 December 2026". */
export function formatDay(iso) {
  return iso ? formats.day.format(new Date(iso)) : '';
}

/** A number such as "1,234" (or "1 234", "1.234") in the current locale. */
export function formatNumber(value) {
  return formats.number.format(value);
}

const UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
  ['minute', 60]];

/** How long ago (or until) a time, such as "2 h ago" or "in 3 days"; under a minute reads as "now". */
export function relativeTime(iso, now = Date.now()) {
  if (!iso) {
    return '';
  }
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  return formats.relative.format(unit === 'second' ? 0 : Math.round(seconds / size), unit);
}

function formattersFor(tag) {
  return {
    plural: new Intl.PluralRules(tag),
    number: new Intl.NumberFormat(tag),
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }),
    time: new Intl.DateTimeFormat(tag, { timeStyle: 'short' }),
    day: new Intl.DateTimeFormat(tag, { dateStyle: 'full' }),
    relative: new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' }),
  };
}
