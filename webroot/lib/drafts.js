import { session } from './session.js';

/**
 * Unsent text kept per user and per place (a room, a thread's reply box) in localStorage, so a draft never follows
 * the user somewhere else and survives a reload. Sending clears it.
 */
const PREFIX = 'urbis.draft';

function storageKey(place) {
  const user = session()?.user?.id;
  return user ? `${PREFIX}.${user}.${place}` : null;
}

export function readDraft(place) {
  const key = storageKey(place);
  try {
    return key ? localStorage.getItem(key) ?? '' : '';
  } catch {
    return '';
  }
}

export function saveDraft(place, text) {
  const key = storageKey(place);
  if (!key) {
    return;
  }
  try {
    if (text.trim()) {
      localStorage.setItem(key, text);
    } else {
      localStorage.removeItem(key);
    }
  } catch {
    // storage full or disabled: the draft lives only as long as the page
  }
}

export function clearDraft(place) {
  saveDraft(place, '');
}
