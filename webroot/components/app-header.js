import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { signOut } from '../lib/api.js';
import { navigate, link } from '../lib/router.js';
import { roleLabel } from '../lib/format.js';
import { loadCities, nameOf } from '../lib/reference.js';
import { currentTheme, setTheme } from '../lib/theme.js';
import './notification-bell.js';
import './language-picker.js';
import { t } from '../lib/i18n.js';

/** Top bar: menu toggle (phones), brand, search, connection state, the notification bell and the signed-in user. */
export class AppHeader extends UrbisElement {
  static properties = {
    user: { attribute: false },
    notifications: { attribute: false },
    connection: { attribute: false },
    query: { attribute: false },
    navOpen: { attribute: false },
    cities: { state: true },
    theme: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.theme = currentTheme();
    loadCities().then((cities) => { this.cities = cities; }).catch(() => {});
  }

  search(event) {
    event.preventDefault();
    const q = new FormData(event.target).get('q').trim();
    if (q) {
      navigate(link('/search', { q }).slice(1));
    }
  }

  toggleTheme() {
    this.theme = this.theme === 'dark' ? 'light' : 'dark';
    setTheme(this.theme);
  }

  render() {
    const user = this.user;
    return html`<header class="app-header">
      <button class="menu-toggle" type="button" aria-controls="side-nav" aria-expanded=${this.navOpen ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new CustomEvent('toggle-nav', { bubbles: true }))}>
        <span aria-hidden="true">☰</span><span class="visually-hidden">${t('header.menu')}</span>
      </button>
      <a class="brand" href="#/">Urbis</a>
      <form class="search" role="search" @submit=${this.search}>
        <label class="visually-hidden" for="search-q">${t('header.search.label')}</label>
        <input id="search-q" name="q" type="search" placeholder=${t('header.search.placeholder')} .value=${this.query ?? ''}>
        <button type="submit">${t('header.search.submit')}</button>
      </form>
      ${this.connection === 'reconnecting' ? html`<span class="connection" role="status">${t('header.reconnecting')}</span>` : ''}
      <button type="button" class="theme-switch" aria-pressed=${this.theme === 'dark' ? 'true' : 'false'} @click=${this.toggleTheme}>
        <span aria-hidden="true">◐</span> <span class="theme-label">${t('header.darkTheme')}</span></button>
      <language-picker></language-picker>
      <notification-bell .store=${this.notifications}></notification-bell>
      <div class="me">
        <a href="#/users/${user.id}" class="me-name">${user.displayName}</a>
        <span class="me-city">${user.cityId ? nameOf(this.cities, user.cityId) : ''}</span>
        <span class="role-badge role-${user.role}">${roleLabel(user.role)}</span>
        <button type="button" class="secondary" @click=${signOut}>${t('header.logOut')}</button>
      </div>
    </header>`;
  }
}
customElements.define('app-header', AppHeader);
