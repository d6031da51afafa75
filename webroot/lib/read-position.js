import { api } from './api.js';

/** Seen posts are saved at most this often, so scrolling through a long thread is a few requests, not one per post. */
const SAVE_EVERY_MS = 2000;

/** Post ids are strings of digits that grow with time: the larger one is the later post. */
function later(a, b) {
  if (!a) {
    return b;
  }
  return BigInt(b) > BigInt(a) ? b : a;
}

/**
 * Moves the reader's position in a thread forward as posts come into view: an IntersectionObserver notes the
 * latest post seen, and it is sent (POST /api/threads/{id}/read) at most every two seconds and once more when the
 * thread closes. The server never moves a position backwards, so the order the saves arrive in does not matter.
 */
export class ReadPosition {
  constructor(threadId) {
    this.threadId = threadId;
    this.seen = null;
    this.saved = null;
    this.timer = null;
    this.observed = new WeakSet();
    this.observer = new IntersectionObserver((entries) => this.intersected(entries), { threshold: 0.6 });
  }

  /** Watches every post element (`li[data-post]`) of `root` not watched yet. */
  observe(root) {
    root.querySelectorAll('li[data-post]').forEach((element) => {
      if (!this.observed.has(element)) {
        this.observed.add(element);
        this.observer.observe(element);
      }
    });
  }

  intersected(entries) {
    entries.filter((entry) => entry.isIntersecting).forEach((entry) => {
      this.seen = later(this.seen, entry.target.dataset.post);
      this.observer.unobserve(entry.target);
    });
    if (this.seen !== this.saved && !this.timer) {
      this.timer = setTimeout(() => this.save(), SAVE_EVERY_MS);
    }
  }

  save() {
    clearTimeout(this.timer);
    this.timer = null;
    if (!this.seen || this.seen === this.saved) {
      return;
    }
    this.saved = this.seen;
    api(`/api/threads/${encodeURIComponent(this.threadId)}/read`, { method: 'POST', body: { postId: this.seen } }).catch(() => {
      // the next save carries the position again
      this.saved = null;
    });
  }

  close() {
    this.observer.disconnect();
    this.save();
  }
}
