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
 *
 * The pseudo-locale `qps` (chosen with `?locale=qps` or localStorage `urbis.locale` = `qps`, never offered in the
 * switcher) is English made strange at load: accented, bracketed and 40 % longer, placeholders untouched, so text
 * that bypasses the catalog and layouts that cannot stretch show up at a glance (and in the pseudo-locale test).
 */
export const LOCALES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv',
  'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
export const DEFAULT_LOCALE = 'en';
export const LOCALE_EVENT = 'urbis-locale';
export const PSEUDO_LOCALE = 'qps';
const STORAGE_KEY = 'urbis.locale';

let current = DEFAULT_LOCALE;
let messages = {};
let formats = formattersFor(DEFAULT_LOCALE);

/** The locale in use, e.g. "de". */
export function locale() {
  return current;
}

/** Whether the pseudo-locale is in use (then nothing is stored on the user). */
export function pseudo() {
  return current === PSEUDO_LOCALE;
}

/** The pseudo-locale when the address or storage asks for it, else the first supported of the stored choice and the browser's languages. */
export function preferredLocale(languages = navigator.languages ?? [navigator.language]) {
  const stored = localStorage.getItem(STORAGE_KEY);
  if ([new URLSearchParams(location.search).get('locale'), stored].includes(PSEUDO_LOCALE)) {
    return PSEUDO_LOCALE;
  }
  return [stored, ...languages].map(supportedLocale).find(Boolean) ?? DEFAULT_LOCALE;
}

/** "de-AT" → "de"; an unsupported language → null. */
export function supportedLocale(tag) {
  const language = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.includes(language) ? language : null;
}

/** Loads a locale's catalog, makes it current, sets `<html lang>` and tells every component to re-render. */
export async function useLocale(requested, { remember = false } = {}) {
  const next = requested === PSEUDO_LOCALE ? PSEUDO_LOCALE : supportedLocale(requested) ?? DEFAULT_LOCALE;
  const file = next === PSEUDO_LOCALE ? DEFAULT_LOCALE : next;
  const response = await fetch(`/i18n/${file}.json`);
  if (!response.ok) {
    throw new Error(`catalog ${file}: HTTP ${response.status}`);
  }
  const catalog = await response.json();
  messages = next === PSEUDO_LOCALE ? pseudoCatalog(catalog) : catalog;
  current = next;
  formats = next === PSEUDO_LOCALE ? pseudoFormatters(formattersFor(DEFAULT_LOCALE)) : formattersFor(next);
  document.documentElement.lang = next === PSEUDO_LOCALE ? 'en-XA' : next;
  if (remember && next !== PSEUDO_LOCALE) {
    localStorage.setItem(STORAGE_KEY, next);
  }
  window.dispatchEvent(new CustomEvent(LOCALE_EVENT, { detail: next }));
  return next;
}

/** Whether the current catalog has a key (for labels the server sends, translated when the catalog knows them). */
export function has(key) {
  return key in messages;
}

/** The message for a key in the current locale, with its parameters filled in. */
export function t(key, params = {}) {
  return tParts(key, params).join('');
}

/**
 * The message as a list of its text pieces and parameter values, for a Lit child binding: a parameter can then be
 * a template (a link around a name) while the catalog still decides the word order.
 */
export function tParts(key, params = {}) {
  let entry = messages[key];
  if (entry === undefined) {
    return [key];
  }
  if (typeof entry === 'object') {
    entry = entry[formats.plural.select(Number(params.count ?? 0))] ?? entry.other;
  }
  return entry.split(/\{(\w+)\}/).map((piece, index) => {
    if (index % 2 === 0) {
      return piece;
    }
    if (!(piece in params)) {
      return `{${piece}}`;
    }
    const value = params[piece];
    return typeof value === 'number' ? formats.number.format(value) : value ?? '';
  });
}

/** A language's name in the UI language, e.g. "Bulgarian" or "bulgarisch"; the code itself if Intl does not know it. */
export function languageName(code) {
  return formats.language.of(code) ?? code;
}

/** A language's name in that language, capitalised as a menu item: "Deutsch", "Български". */
export function ownLanguageName(code) {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
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
    language: new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }),
  };
}

const ACCENTED = Object.fromEntries([...'aáeéiíoóuúcçnñyýAÅEÉIÎOÖUÜCÇNÑsšSŠzžZŽgğGĞlľLĽrŕRŔtţTŢdđDĐhĥHĤ']
  .reduce((pairs, char, index, chars) => (index % 2 ? pairs : [...pairs, [char, chars[index + 1]]]), []));

/** English made strange but readable: accented, bracketed, about 40 % longer in word-sized padding; `{name}` kept. */
export function pseudoText(text) {
  const accented = String(text).split(/(\{\w+\})/).map((piece, index) => (index % 2 ? piece
    : [...piece].map((char) => ACCENTED[char] ?? char).join(''))).join('');
  const extra = Math.ceil(String(text).replace(/\{\w+\}/g, '').length * 0.4);
  const padding = '·'.repeat(extra).replace(/(·{6})(?=·)/g, '$1 ');
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

function pseudoCatalog(catalog) {
  return Object.fromEntries(Object.entries(catalog).map(([key, entry]) => [key, typeof entry === 'object'
    ? Object.fromEntries(Object.entries(entry).map(([category, text]) => [category, pseudoText(text)]))
    : pseudoText(entry)]));
}

/** Dates, times and names come out of Intl in English, then strange like the catalog (numbers stay numbers). */
function pseudoFormatters(english) {
  const strange = (formatter) => ({ format: (...args) => pseudoText(formatter.format(...args)) });
  return {
    ...english,
    dateTime: strange(english.dateTime),
    time: strange(english.time),
    day: strange(english.day),
    relative: strange(english.relative),
    language: { of: (code) => pseudoText(english.language.of(code) ?? code) },
  };
}
