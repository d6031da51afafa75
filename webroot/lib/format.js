/** Small display helpers shared by the views; dates follow the UI's language (lib/i18n.js), not the browser's. */
import { html } from 'lit';
import { formatDateTime, formatDay, formatTime, languageName, relativeTime, t } from './i18n.js';

export function when(iso) {
  return formatDateTime(iso);
}

export function clock(iso) {
  return formatTime(iso);
}

/** The local calendar day of a time, as a heading between chat messages ("Tuesday, December 1, 2026"). */
export function dayOf(iso) {
  return formatDay(iso);
}

const ROLES = new Set(['member', 'mentor', 'moderator', 'admin']);

/** A role's name in the UI language; an unknown role shows as sent. */
export function roleLabel(role) {
  return ROLES.has(role) ? t(`role.${role}`) : role;
}

/** The language a post is written in, named in the UI language, as a small badge (nothing when unknown). */
export function languageBadge(code) {
  if (!code) {
    return '';
  }
  const name = languageName(code);
  return html`<span class="badge language" data-language=${code} title=${t('language.post', { language: name })}>${name}</span>`;
}

/** A time in a list: relative ("2 h ago"), the exact time on hover and for machines. */
export function timeAgo(iso) {
  return html`<time datetime=${iso} title=${formatDateTime(iso)}>${relativeTime(iso)}</time>`;
}

/** A unique id for chat retries; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function uniqueId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Splits a search snippet (escaped text with <mark> around matches) into parts bound as text, never as HTML. */
export function snippetParts(snippet) {
  const decode = document.createElement('textarea');
  return String(snippet ?? '').split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => {
    const marked = part.startsWith('<mark>');
    decode.innerHTML = marked ? part.slice(6, -7) : part;
    return { text: decode.value, marked };
  });
}
