import { html, nothing } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { targetLink } from '../lib/notifications.js';
import { loadCities, nameOf } from '../lib/reference.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

const KINDS = new Set(['mention', 'reply', 'watched_post', 'watched_thread', 'direct_message', 'practice_review', 'adoption',
  'announcement', 'ack_reminder', 'request', 'moderation']);
const REQUEST_STEPS = new Set(['opened', 'accepted', 'closed']);

/** What happened, to follow the actor's name: a request says its step (the opening names the asking city, the author's). */
function what(item, cities) {
  if (item.kind === 'request' && REQUEST_STEPS.has(item.step)) {
    return t(`notifications.request.${item.step}`, { city: nameOf(cities, item.actor?.cityId) ?? '—' });
  }
  return KINDS.has(item.kind) ? t(`notifications.kind.${item.kind}`) : item.kind;
}

/** The inbox: newest first, unread only on request; opening an item marks it read and goes to the exact post or message. */
export class NotificationList extends UrbisElement {
  static properties = {
    store: { attribute: false },
    unreadOnly: { state: true },
    error: { state: true },
    cities: { state: true },
  };

  constructor() {
    super();
    this.unreadOnly = false;
    this.onChange = (event) => {
      const arrived = event.detail.arrived;
      if (arrived) {
        // an unread watched-thread item that gathered another post comes again, with the same id: it moves up
        this.list.items = [arrived, ...this.list.items.filter((item) => item.id !== arrived.id)];
      }
      this.requestUpdate();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.store?.addEventListener('change', this.onChange);
    loadCities().then((cities) => { this.cities = cities; }).catch((error) => { this.error = error; });
    this.reload();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.store?.removeEventListener('change', this.onChange);
  }

  reload() {
    this.list?.close?.();
    this.list = new PagedList(this, `/api/notifications?limit=30${this.unreadOnly ? '&unread=true' : ''}`);
    this.list.more();
  }

  async open(event, item) {
    if (!item.read) {
      event.preventDefault();
      try {
        await this.store.markRead({ ids: [item.id] });
      } catch (error) {
        this.error = error;
      }
      location.hash = targetLink(item.target);
    }
  }

  async readAll() {
    try {
      await this.store.markRead({ all: true });
      this.list.items = this.list.items.map((item) => ({ ...item, read: true }));
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const list = this.list;
    return html`<section class="view notifications">
      <h1>${t('notifications.title')}</h1>
      <div class="actions">
        <label><input type="checkbox" .checked=${this.unreadOnly} @change=${(event) => { this.unreadOnly = event.target.checked; this.reload(); }}> ${t('notifications.unreadOnly')}</label>
        <button type="button" class="secondary" @click=${() => this.readAll()}>${t('notifications.markAllRead')}</button>
      </div>
      <problem-note .error=${this.error ?? list.error}></problem-note>
      <ol class="notification-items">
        ${list.items.map((item) => html`<li class=${item.read ? 'read' : 'unread'} data-kind=${item.kind} data-step=${item.step ?? nothing}>
          <a href=${targetLink(item.target)} @click=${(event) => this.open(event, item)}>
            <strong>${item.actor?.displayName ?? 'Urbis'}</strong> ${what(item, this.cities)}
            <span class="title">${item.title}</span>
            <span class="excerpt">${item.excerpt}</span>
            ${item.newPosts > 1 ? html`<span class="new-posts">${t('notifications.newPosts', { count: item.newPosts })}</span>` : nothing}
          </a>
        </li>`)}
      </ol>
      ${list.done && !list.items.length ? html`<p>${t('notifications.empty')}</p>` : ''}
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" @click=${() => list.more()}>${t('common.loadMore')}</button></div>`}
    </section>`;
  }
}
customElements.define('notification-list', NotificationList);
