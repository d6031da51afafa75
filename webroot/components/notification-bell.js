import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

/** The header's bell: the unread count, live, linking to the inbox. */
/** Drawn rather than an emoji, so the bell shows on systems without an emoji font. */
const BELL = html`<svg class="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor"
  d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"/></svg>`;

export class NotificationBell extends UrbisElement {
  static properties = {
    store: { attribute: false },
    unread: { state: true },
  };

  constructor() {
    super();
    this.onChange = (event) => { this.unread = event.detail.unread; };
  }

  willUpdate(changed) {
    if (changed.has('store')) {
      changed.get('store')?.removeEventListener('change', this.onChange);
      this.store?.addEventListener('change', this.onChange);
      this.unread = this.store?.unread ?? 0;
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.store?.removeEventListener('change', this.onChange);
  }

  render() {
    const unread = this.unread ?? 0;
    // the name is the visible count in words around it, so what a voice user reads out also names the link
    return html`<a class="bell" href="#/notifications">${BELL}<span class="visually-hidden">${t('bell.label')}</span>${unread
      ? html`<span class="visually-hidden">, </span><span class="count">${unread}</span><span class="visually-hidden"> ${t('bell.unread', { count: unread })}</span>` : ''}</a>`;
  }
}
customElements.define('notification-bell', NotificationBell);
