import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { session, onSessionChange } from '../lib/session.js';
import { api, scheduleRefresh, ApiError } from '../lib/api.js';
import { currentRoute } from '../lib/router.js';
import { ChatSocket } from '../lib/chat-socket.js';
import { RoomStore } from '../lib/rooms.js';
import { followPageTitle } from '../lib/page-title.js';
import { rememberScroll, resetOrRestoreScroll } from '../lib/scroll-memory.js';
import { NotificationStore } from '../lib/notifications.js';
import { locale, pseudo, useLocale } from '../lib/i18n.js';
import './problem-note.js';
import './app-header.js';
import './side-nav.js';
import './sign-in.js';
import './board-list.js';
import './board-view.js';
import './thread-form.js';
import './thread-view.js';
import './practices-view.js';
import './search-view.js';
import './room-list.js';
import './room-view.js';
import './user-card.js';
import './report-queue.js';
import './audit-log.js';
import './outbox-view.js';
import './notification-list.js';
import './mail-settings.js';
import './city-directory.js';
import './city-page.js';
import './practice-library.js';
import './resource-library.js';
import './request-list.js';
import './programme-dashboard.js';
import './announcement-form.js';
import { t } from '../lib/i18n.js';

/**
 * The shell: header, side navigation and the view the hash route names. Owns the session's live parts (the chat
 * socket and the room store) and signs the user out, with the reason, when the session ends or is suspended.
 */
export class UrbisApp extends UrbisElement {
  static properties = {
    user: { state: true },
    route: { state: true },
    signedOutBecause: { state: true },
    navOpen: { state: true },
    connection: { state: true },
    sessionError: { state: true },
  };

  constructor() {
    super();
    this.route = currentRoute();
    this.user = session()?.user ?? null;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', () => this.routeChanged());
    document.addEventListener('keydown', (event) => this.escapeNav(event));
    onSessionChange((next, reason) => this.sessionChanged(next, reason));
    followPageTitle(this);
    rememberScroll();
    if (this.user) {
      this.startSession();
    }
  }

  /** The phone menu opens right under the header, however many rows the header wraps into at this width. */
  toggleNav() {
    this.navOpen = !this.navOpen;
    const header = this.querySelector('app-header');
    document.documentElement.style.setProperty('--nav-top', `${Math.ceil(header.getBoundingClientRect().bottom)}px`);
  }

  routeChanged() {
    this.route = currentRoute();
    this.navOpen = false;
    this.updateComplete.then(() => {
      this.querySelector('main')?.focus({ preventScroll: true });
      resetOrRestoreScroll();
    });
  }

  /** The phone menu closes on Escape (focus back on its toggle) and on a tap anywhere outside it. */
  escapeNav(event) {
    if (event.key === 'Escape' && this.navOpen) {
      this.navOpen = false;
      this.querySelector('.menu-toggle')?.focus();
    }
  }

  tapOutsideNav(event) {
    if (this.navOpen && !event.target.closest('side-nav, .menu-toggle')) {
      this.navOpen = false;
    }
  }

  sessionChanged(next, reason) {
    scheduleRefresh();
    if (!next) {
      this.stopSession();
      this.user = null;
      this.signedOutBecause = reason ? new ApiError(reason) : null;
    } else if (next.user.id !== this.user?.id) {
      this.user = next.user;
      this.signedOutBecause = null;
      this.startSession();
    }
  }

  startSession() {
    scheduleRefresh();
    this.socket = new ChatSocket();
    this.rooms = new RoomStore(this.socket, this.user);
    this.notifications = new NotificationStore(this.socket);
    this.socket.addEventListener('state', (event) => { this.connection = event.detail; });
    this.socket.addEventListener('suspended', () => this.recheckAccount());
    this.socket.start();
    this.rooms.load().catch((error) => { this.sessionError = error; });
    api('/api/me').then((user) => { this.user = user; return this.followUserLocale(user); }).catch((error) => { this.sessionError = error; });
  }

  /** The user's stored language wins; a user without one keeps the language chosen from this browser, stored for next time. */
  followUserLocale(user) {
    if (pseudo()) {
      return null;
    }
    if (user.locale) {
      return user.locale === locale() ? null : useLocale(user.locale, { remember: true });
    }
    return api('/api/me', { method: 'PATCH', body: { locale: locale() } }).then((updated) => { this.user = { ...this.user, ...updated }; });
  }

  stopSession() {
    this.socket?.stop();
    this.socket = null;
    this.rooms = null;
    this.notifications = null;
  }

  /** The server closed the socket for a suspension: ask who we are, and the 403 signs out with the reason. */
  recheckAccount() {
    api('/api/me').catch((error) => { this.sessionError = error; });
  }

  render() {
    if (!this.user) {
      return html`<sign-in .notice=${this.signedOutBecause}></sign-in>`;
    }
    return html`
      <button class="skip-link" type="button" @click=${() => this.querySelector('main').focus()}>${t('app.skipToContent')}</button>
      <app-header .user=${this.user} .notifications=${this.notifications} .connection=${this.connection} .query=${this.route.query.get('q') ?? ''}
        .navOpen=${this.navOpen} @toggle-nav=${this.toggleNav} @user-changed=${(event) => { this.user = { ...this.user, ...event.detail }; }}></app-header>
      <div class="layout" @click=${this.tapOutsideNav}>
        <side-nav class=${this.navOpen ? 'open' : ''} .user=${this.user} .rooms=${this.rooms} .route=${this.route}></side-nav>
        <main id="main" tabindex="-1">
          <problem-note .error=${this.sessionError}></problem-note>
          ${this.view()}
        </main>
      </div>`;
  }

  view() {
    const { name, id, sub, query } = this.route;
    const me = this.user;
    switch (name) {
      case 'home': return html`<board-list></board-list>`;
      case 'board': return html`<board-view .boardId=${id} .kind=${query.get('kind') ?? ''} .tag=${query.get('tag') ?? ''}></board-view>`;
      case 'new-thread': return html`<thread-form .boardId=${id} .me=${me} .kind=${query.get('kind') ?? 'discussion'}></thread-form>`;
      case 'thread': return html`<thread-view .threadId=${id} .postId=${sub ?? null} .socket=${this.socket} .me=${me}></thread-view>`;
      case 'practices': return html`<practices-view .me=${me} .theme=${query.get('theme') ?? ''} .city=${query.get('city') ?? ''}></practices-view>`;
      case 'search': return html`<search-view .params=${query}></search-view>`;
      case 'rooms': return html`<room-list .rooms=${this.rooms}></room-list>`;
      case 'room': return html`<room-view .roomId=${id} .focusSeq=${Number(query.get('seq')) || null} .me=${me} .socket=${this.socket} .rooms=${this.rooms}></room-view>`;
      case 'user': return html`<user-card .userId=${id} .me=${me} .rooms=${this.rooms}></user-card>`;
      case 'user-by-name': return html`<user-card .username=${id} .me=${me} .rooms=${this.rooms}></user-card>`;
      case 'notifications': return html`<notification-list .store=${this.notifications}></notification-list>`;
      case 'settings': return html`<mail-settings></mail-settings>`;
      case 'reports': return html`<report-queue .me=${me}></report-queue>`;
      case 'audit': return html`<audit-log .me=${me}></audit-log>`;
      case 'outbox': return html`<outbox-view .me=${me}></outbox-view>`;
      case 'cities': return html`<city-directory .role=${query.get('role') ?? ''} .country=${query.get('country') ?? ''} .theme=${query.get('theme') ?? ''}></city-directory>`;
      case 'city': return html`<city-page .cityId=${id} .me=${me}></city-page>`;
      case 'library': return html`<practice-library .filters=${Object.fromEntries(query)}></practice-library>`;
      case 'resources': return html`<resource-library .params=${query}></resource-library>`;
      case 'requests': return html`<request-list .me=${me} .status=${query.get('status') ?? ''} .theme=${query.get('theme') ?? ''}></request-list>`;
      case 'dashboard': return html`<programme-dashboard .cohort=${query.get('cohort') ?? ''}></programme-dashboard>`;
      case 'announce': return html`<announcement-form .me=${me}></announcement-form>`;
      default: return html`<section class="view"><h1>${t('app.notFound.title')}</h1><p>${t('app.notFound.text')} <a href="#/">${t('app.notFound.link')}</a></p></section>`;
    }
  }
}
customElements.define('urbis-app', UrbisApp);
