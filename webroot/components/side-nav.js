import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import './problem-note.js';

/** Left navigation: boards, practices, chat rooms with live unread badges, direct messages, moderation. */
export class SideNav extends UrbisElement {
  static properties = {
    user: { attribute: false },
    rooms: { attribute: false },
    route: { attribute: false },
    boards: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.boards = [];
    this.onRooms = () => this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    this.id = 'side-nav';
  }

  /** The board counts are read again on every navigation, so a thread just published is counted at once. */
  loadBoards() {
    api('/api/boards').then(({ items }) => { this.boards = items; this.error = null; }).catch((error) => { this.error = error; });
  }

  willUpdate(changed) {
    if (changed.has('route')) {
      this.loadBoards();
    }
    if (changed.has('rooms')) {
      changed.get('rooms')?.removeEventListener('change', this.onRooms);
      this.rooms?.addEventListener('change', this.onRooms);
    }
  }

  current(name, id) {
    return this.route?.name === name && (id === undefined || this.route.id === id) ? 'page' : undefined;
  }

  roomLink(room) {
    return html`<li><a href="#/rooms/${room.id}" aria-current=${this.current('room', room.id) ?? 'false'}>
      <span class="room-name">${room.kind === 'direct' ? '@' : '#'} ${room.name}</span>
      ${room.unread > 0 ? html`<span class="badge" aria-label=${t('nav.unread', { count: room.unread })}>${room.unread}</span>` : ''}
    </a></li>`;
  }

  render() {
    const rooms = this.rooms?.items ?? [];
    return html`<nav aria-label=${t('nav.label')}>
      <problem-note .error=${this.error}></problem-note>
      <p class="nav-me"><a href="#/users/${this.user.id}" aria-current=${this.current('user', this.user.id) ?? 'false'}>${t('nav.yourProfile', { name: this.user.displayName })}</a></p>
      <h2>${t('nav.boards')}</h2>
      <ul>
        ${this.boards.map((board) => html`<li><a href="#/boards/${board.id}" aria-current=${this.current('board', board.id) ?? 'false'}>
          <span>${board.name}</span><span class="count" aria-label=${t('nav.threadCount', { count: board.threadCount })}>${board.threadCount}</span></a></li>`)}
        <li><a href="#/practices" aria-current=${this.current('practices') ?? 'false'}>${t('nav.allPractices')}</a></li>
        <li><a href="#/library" aria-current=${this.current('library') ?? 'false'}>${t('nav.library')}</a></li>
        <li><a href="#/resources" aria-current=${this.current('resources') ?? 'false'}>${t('resources.title')}</a></li>
        <li><a href="#/cities" aria-current=${this.current('cities') ?? 'false'}>${t('nav.cities')}</a></li>
        <li><a href="#/requests" aria-current=${this.current('requests') ?? 'false'}>${t('requests.nav')}</a></li>
        ${['mentor', 'moderator', 'admin'].includes(this.user.role) ? html`
          <li><a href="#/dashboard" aria-current=${this.current('dashboard') ?? 'false'}>${t('dashboard.nav')}</a></li>
          <li><a href="#/announce" aria-current=${this.current('announce') ?? 'false'}>${t('announce.nav')}</a></li>` : ''}
      </ul>
      <h2><a href="#/rooms">${t('nav.rooms')}</a></h2>
      <ul>${rooms.filter((room) => room.kind !== 'direct').map((room) => this.roomLink(room))}</ul>
      <h2>${t('nav.direct')}</h2>
      <ul>${rooms.filter((room) => room.kind === 'direct').map((room) => this.roomLink(room))}</ul>
      ${this.user.can?.moderate ? html`<h2>${t('nav.moderation')}</h2>
        <ul>
          <li><a href="#/moderation" aria-current=${this.current('reports') ?? 'false'}>${t('nav.reports')}</a></li>
          <li><a href="#/moderation/audit" aria-current=${this.current('audit') ?? 'false'}>${t('nav.audit')}</a></li>
          ${this.user.role === 'admin' ? html`<li><a href="#/admin/outbox" aria-current=${this.current('outbox') ?? 'false'}>${t('outbox.nav')}</a></li>` : ''}
        </ul>` : ''}
      <ul class="nav-settings"><li><a href="#/settings" aria-current=${this.current('settings') ?? 'false'}>${t('settings.title')}</a></li></ul>
    </nav>`;
  }
}
customElements.define('side-nav', SideNav);
