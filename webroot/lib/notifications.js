import { api } from './api.js';

/**
 * The signed-in user's unread count, kept true live: a `notification` frame brings a new one with its count, a
 * `notifications` frame the count after another tab read some. Fires `change`; `markRead` tells the server.
 */
export class NotificationStore extends EventTarget {
  constructor(socket) {
    super();
    this.unread = 0;
    socket.addEventListener('notification', (event) => this.set(event.detail.unread, event.detail.notification));
    socket.addEventListener('notifications', (event) => this.set(event.detail.unread));
    socket.addEventListener('ready', () => this.load());
  }

  async load() {
    const { unread } = await api('/api/notifications/count');
    this.set(unread);
  }

  /** @param body {ids} | {upTo} | {all: true} */
  async markRead(body) {
    const { unread } = await api('/api/notifications/read', { method: 'POST', body });
    this.set(unread);
  }

  set(unread, arrived = null) {
    this.unread = unread;
    this.dispatchEvent(new CustomEvent('change', { detail: { unread, arrived } }));
  }
}

/** Where a notification's item lives: the post in its thread, the message in its room (both scrolled to and marked), a request in the requests view. */
export function targetLink(target) {
  if (target.type === 'message') {
    return `#/rooms/${encodeURIComponent(target.roomId)}?seq=${target.seq}`;
  }
  if (target.type === 'request') {
    return '#/requests';
  }
  if (target.type === 'post') {
    return `#/threads/${encodeURIComponent(target.threadId)}/posts/${encodeURIComponent(target.id)}`;
  }
  return `#/threads/${encodeURIComponent(target.threadId ?? target.id)}`;
}
