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
    return html`<a class="bell" href="#/notifications" aria-label=${`Notifications, ${unread} unread`}>
      <span aria-hidden="true">🔔</span>${unread ? html`<span class="count" aria-hidden="true">${unread}</span>` : ''}</a>`;
  }
}
customElements.define('notification-bell', NotificationBell);
