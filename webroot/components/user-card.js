import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { roleLabel } from '../lib/format.js';
import { loadCities } from '../lib/reference.js';
import { cityLink } from '../lib/cities.js';
import './moderation-actions.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** A user's profile (by id, or by username for mention links): name, city, role and status; a direct message button; moderation actions for moderators. */
export class UserCard extends UrbisElement {
  static properties = {
    userId: { attribute: false },
    username: { attribute: false },
    me: { attribute: false },
    rooms: { attribute: false },
    user: { state: true },
    cities: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('userId') || changed.has('username')) {
      this.user = null;
      this.error = null;
      const path = this.username ? `/api/users/by-name/${encodeURIComponent(this.username)}` : `/api/users/${encodeURIComponent(this.userId)}`;
      api(path).then((user) => { this.user = user; }).catch((error) => { this.error = error; });
      loadCities().then((cities) => { this.cities = cities; }).catch((error) => { this.error = error; });
    }
  }

  async directMessage() {
    try {
      const room = await api('/api/chat/rooms', { method: 'POST', body: { name: this.user.displayName, kind: 'direct', members: [this.user.id] } });
      this.rooms.add(room);
      navigate(`/rooms/${room.id}`);
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const user = this.user;
    if (!user) {
      return html`<section class="view"><h1>${t('profile.title')}</h1><problem-note .error=${this.error}></problem-note></section>`;
    }
    return html`<section class="view user-card">
      <h1>${user.displayName}</h1>
      <dl class="facts">
        <dt>${t('profile.username')}</dt><dd>${user.username}</dd>
        <dt>${t('profile.city')}</dt><dd>${cityLink(this.cities, user.cityId)}</dd>
        <dt>${t('profile.role')}</dt><dd><span class="role-badge role-${user.role}">${roleLabel(user.role)}</span></dd>
        <dt>${t('profile.status')}</dt><dd>${user.status === 'suspended' ? html`<span class="badge locked">${t('profile.suspended')}</span>` : t('profile.active')}</dd>
      </dl>
      <problem-note .error=${this.error}></problem-note>
      ${user.id !== this.me.id ? html`<button type="button" @click=${this.directMessage}>${t('profile.sendDirect')}</button>` : ''}
      ${this.me.can?.moderate && user.id !== this.me.id ? html`<moderation-actions .user=${user} .me=${this.me} .rooms=${this.rooms}
        @changed=${(event) => { this.user = event.detail; }}></moderation-actions>` : ''}
    </section>`;
  }
}
customElements.define('user-card', UserCard);
