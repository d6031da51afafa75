import { api } from './api.js';
import { has, t } from './i18n.js';

let list = null;

/** The server's reactions, `[{code, label, glyph}]` in the order to show them: fetched once, shared by every post. */
export function emojiList() {
  list ??= api('/api/emoji', { auth: false }).then(({ items }) => items).catch((error) => {
    list = null;
    throw error;
  });
  return list;
}

/** A reaction's name in the UI language; the server's English label for a reaction the catalog does not know yet. */
export function emojiLabel(item, code) {
  const key = `emoji.${code.replace(/^\+/, 'plus').replace(/^-/, 'minus')}`;
  return has(key) ? t(key) : item?.label ?? code;
}
