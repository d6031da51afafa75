import { session, setSession, reread, secondsLeft } from './session.js';
import { fieldMessage, problemMessage } from './errors.js';
import { t } from './i18n.js';

/** A problem+json answer (RFC 9457) as an Error the views show next to what caused it. */
export class ApiError extends Error {
  constructor(problem) {
    super();
    this.problem = problem;
    this.status = problem.status;
  }

  /** Said in the language shown when it is read, so a note re-rendered after a switch follows the switch. */
  get message() {
    return problemMessage(this.problem);
  }

  /** The message for one field of a 400 with `errors`, or undefined. */
  field(name) {
    const error = this.problem.errors?.find((candidate) => candidate.field === name);
    return error && fieldMessage(error);
  }

  get suspended() {
    return this.status === 403 && String(this.problem.type).endsWith('/problems/suspended');
  }
}

const REFRESH_MARGIN_SECONDS = 60;
let refreshing = null;
let refreshTimer = null;

/**
 * Calls the API as the signed-in user. Refreshes the access token shortly before it expires and, on a 401,
 * refreshes once and retries once. A suspension signs the user out with the reason; so does a refused refresh.
 */
export async function api(path, { method = 'GET', body, auth = true } = {}) {
  let response = await send(path, method, body, auth);
  if (response.status === 401 && auth && session()) {
    await refresh();
    response = await send(path, method, body, auth);
  }
  return answer(response);
}

async function send(path, method, body, auth) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (auth && session()) {
    headers.Authorization = `Bearer ${await freshToken()}`;
  }
  try {
    return await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ status: 0, title: t('api.offline.title'), detail: t('api.offline.detail') });
  }
}

async function answer(response) {
  if (response.status === 204) {
    return null;
  }
  const json = await response.json().catch(() => ({}));
  if (response.ok) {
    return json;
  }
  const retryAfter = response.status === 429 ? Number(response.headers.get('Retry-After')) || null : null;
  const error = new ApiError({ status: response.status, title: response.statusText, retryAfter, ...json });
  if (error.suspended && session()) {
    setSession(null, error.problem);
  }
  throw error;
}

/** An access token valid for at least a minute more, refreshing first when needed. */
export async function freshToken() {
  if (secondsLeft(session().token) < REFRESH_MARGIN_SECONDS) {
    await refresh();
  }
  return session().token;
}

/** One refresh at a time, across tabs too (Web Locks where the browser has them). */
export function refresh() {
  if (!refreshing) {
    const stale = session()?.refreshToken;
    const run = () => rotate(stale);
    refreshing = (navigator.locks ? navigator.locks.request('urbis-refresh', run) : run())
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function rotate(stale) {
  const latest = reread();
  if (!latest) {
    throw new ApiError({ status: 401, title: t('api.signedOut.title'), detail: t('api.signedOut.detail') });
  }
  if (latest.refreshToken !== stale && secondsLeft(latest.token) > REFRESH_MARGIN_SECONDS) {
    return; // another tab already rotated
  }
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: latest.refreshToken }),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const problem = { status: response.status, title: t('api.sessionEnded.title'), detail: t('api.sessionEnded.detail'), ...json };
    setSession(null, problem);
    throw new ApiError(problem);
  }
  setSession({ ...latest, token: json.token, refreshToken: json.refreshToken });
}

/** Keeps the token fresh while the tab is open, so even an idle tab's socket can re-authenticate. */
export function scheduleRefresh() {
  clearTimeout(refreshTimer);
  const current = session();
  if (current) {
    const delay = Math.max(5, secondsLeft(current.token) - REFRESH_MARGIN_SECONDS) * 1000;
    refreshTimer = setTimeout(() => refresh().catch(() => {}), delay);
  }
}

export async function signIn(path, body) {
  const result = await api(path, { method: 'POST', body, auth: false });
  setSession(result);
  return result.user;
}

export async function signOut() {
  const current = session();
  setSession(null);
  if (current) {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    }).catch(() => {});
  }
}
