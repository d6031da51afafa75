import { api } from '../lib/api.js';

/**
 * Cursor paging for a list endpoint ({items, next}): `more()` fetches the next page; `watch(sentinel)` fetches
 * it by itself when the sentinel scrolls into view (infinite scroll; a "Load more" button stays for keyboards).
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

  watch(sentinel) {
    this.observer.disconnect();
    if (sentinel) {
      this.observer.observe(sentinel);
    }
  }

  close() {
    this.observer.disconnect();
  }
}
