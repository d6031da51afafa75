/**
 * The signed-in session ({token, refreshToken, user}), kept in localStorage so a reload or a deep link keeps
 * the user signed in. Listeners hear every change, including sign-out with the reason (expired, suspended).
 */
const KEY = 'urbis.session';
const listeners = new Set();
let current = read();

function read() {
  try {
    return JSON.parse(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function session() {
  return current;
}

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(next, reason = null) {
  current = next;
  if (next) {
    localStorage.setItem(KEY, JSON.stringify(next));
  } else {
    localStorage.removeItem(KEY);
  }
  listeners.forEach((listener) => listener(current, reason));
}

/** Another tab rotated the tokens or signed out: follow it, so both tabs never spend the same refresh token. */
window.addEventListener('storage', (event) => {
  if (event.key === KEY) {
    current = read();
    listeners.forEach((listener) => listener(current, null));
  }
});

/** Reloads the session from storage (another tab may have refreshed it while this one waited). */
export function reread() {
  current = read();
  return current;
}

/** Seconds until the access token expires, read from its `exp` claim. */
export function secondsLeft(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return payload.exp - Date.now() / 1000;
  } catch {
    return 0;
  }
}
