import { api } from '../lib/api.js';

/**
 * Cursor paging for a list endpoint ({items, next}), as a Lit reactive controller: `more()` fetches the next page,
 * and after each render of its host it watches the host's `.sentinel`, fetching by itself when that scrolls into
 * view (infinite scroll; the sentinel holds a "Load more" button for keyboards). `close()` detaches it.
 */
export class PagedList {
  constructor(host, url) {
    this.host = host;
    this.url = url;
    this.items = [];
    this.next = undefined;
    this.loading = false;
    this.error = null;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.more();
      }
    });
    host.addController(this);
  }

  hostUpdated() {
    this.observer.disconnect();
    const sentinel = this.host.querySelector('.sentinel');
    if (sentinel) {
      this.observer.observe(sentinel);
    }
  }

  hostDisconnected() {
    this.observer.disconnect();
  }

  get done() {
    return this.next === null;
  }

  async more() {
    if (this.loading || this.done) {
      return;
    }
    this.loading = true;
    this.host.requestUpdate();
    try {
      const separator = this.url.includes('?') ? '&' : '?';
      const page = await api(this.next ? `${this.url}${separator}cursor=${encodeURIComponent(this.next)}` : this.url);
      this.items = [...this.items, ...page.items];
      this.next = page.next ?? null;
      this.error = null;
    } catch (error) {
      this.error = error;
      this.next = this.next ?? null;
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  close() {
    this.observer.disconnect();
    this.host.removeController(this);
  }
}
