import { api } from './api.js';

let list = null;

/** The server's reactions, `[{code, label, glyph}]` in the order to show them: fetched once, shared by every post. */
export function emojiList() {
  list ??= api('/api/emoji', { auth: false }).then(({ items }) => items).catch((error) => {
    list = null;
    throw error;
  });
  return list;
}
