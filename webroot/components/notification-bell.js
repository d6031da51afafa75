import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';

/** The header's bell: the unread count, live, linking to the inbox. */
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
    return html`<a class="bell" href="#/notifications"><span aria-hidden="true">🔔</span><span class="visually-hidden">Notifications</span>${unread
      ? html`<span class="visually-hidden">, </span><span class="count">${unread}</span><span class="visually-hidden"> unread</span>` : ''}</a>`;
  }
}
customElements.define('notification-bell', NotificationBell);
