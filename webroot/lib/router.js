/**
 * Hash routes, so every view has a deep link that survives a reload without any server-side routing:
 * #/boards/ID, #/threads/ID, #/threads/ID/posts/POST (a post inside its thread), #/rooms/ID, #/users/ID, #/practices?theme=&city=, #/search?q=, #/settings, #/moderation, …
 */
const ROUTES = [
  ['home', /^\/?$/],
  ['board', /^\/boards\/([^/]+)$/],
  ['new-thread', /^\/boards\/([^/]+)\/new$/],
  ['thread', /^\/threads\/([^/]+)$/],
  ['thread', /^\/threads\/([^/]+)\/posts\/([^/]+)$/],
  ['practices', /^\/practices$/],
  ['search', /^\/search$/],
  ['rooms', /^\/rooms$/],
  ['room', /^\/rooms\/([^/]+)$/],
  ['user', /^\/users\/([^/]+)$/],
  // mention links; posts written before #/u/ link to #/users/by-name/
  ['user-by-name', /^\/u\/([^/]+)$/],
  ['user-by-name', /^\/users\/by-name\/([^/]+)$/],
  ['notifications', /^\/notifications$/],
  ['settings', /^\/settings$/],
  ['reports', /^\/moderation$/],
  ['audit', /^\/moderation\/audit$/],
  ['outbox', /^\/admin\/outbox$/],
  ['cities', /^\/cities$/],
  ['city', /^\/cities\/([^/]+)$/],
  ['library', /^\/library$/],
  ['resources', /^\/resources$/],
  ['requests', /^\/requests$/],
  ['dashboard', /^\/dashboard$/],
  ['announce', /^\/announce$/],
];

export function currentRoute() {
  const [path, query = ''] = decodeURI(location.hash.replace(/^#/, '')).split('?');
  for (const [name, pattern] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      return { name, id: match[1], sub: match[2], query: new URLSearchParams(query) };
    }
  }
  return { name: 'not-found', query: new URLSearchParams() };
}

export function navigate(path) {
  location.hash = `#${path}`;
}

/** `#/path?key=value` from a path and the non-empty entries of a parameter object. */
export function link(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value));
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
