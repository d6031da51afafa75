import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { roleLabel, when } from '../lib/format.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/**
 * Suspend or unsuspend a user, see where they are muted and mute or unmute them in a room, and (admins) change
 * their role. Fires `changed`.
 */
export class ModerationActions extends UrbisElement {
  static properties = {
    user: { attribute: false },
    me: { attribute: false },
    rooms: { attribute: false },
    error: { state: true },
    done: { state: true },
    mutes: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('user') && changed.get('user')?.id !== this.user.id) {
      this.loadMutes();
    }
  }

  async loadMutes() {
    try {
      this.mutes = (await api(`/api/chat/users/${encodeURIComponent(this.user.id)}/mutes`)).items;
    } catch (error) {
      this.error = error;
    }
  }

  mutesNote() {
    if (!this.mutes) {
      return '';
    }
    if (!this.mutes.length) {
      return html`<p class="mute-state">${t('modActions.notMuted')}</p>`;
    }
    return html`<div class="mute-state"><p>${t('modActions.mutedIn')}</p><ul>${this.mutes.map(({ room, until }) => html`<li>
      <a href="#/rooms/${room.id}"># ${room.name}</a>
      ${until ? t('modActions.until', { time: when(until) }) : t('modActions.untilUnmuted')}</li>`)}</ul></div>`;
  }

  async act(message, call) {
    this.error = null;
    this.done = null;
    try {
      const user = await call();
      if (user) {
        this.dispatchEvent(new CustomEvent('changed', { bubbles: true, detail: user }));
      }
      this.done = message;
    } catch (error) {
      this.error = error;
    }
  }

  suspend(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const until = data.get('until') ? new Date(data.get('until')).toISOString() : null;
    this.act(t('modActions.suspended'), () => api(`/api/users/${this.user.id}/suspend`, { method: 'POST', body: { until, reason: data.get('reason').trim() } }));
  }

  mute(event, unmute = false) {
    event.preventDefault();
    const form = event.target.closest('form');
    const data = new FormData(form);
    const room = data.get('room');
    const until = data.get('until') ? new Date(data.get('until')).toISOString() : null;
    this.act(unmute ? t('modActions.unmuted') : t('modActions.muted'), () => (unmute
      ? api(`/api/chat/rooms/${room}/mutes/${this.user.id}`, { method: 'DELETE' })
      : api(`/api/chat/rooms/${room}/mutes`, { method: 'POST', body: { userId: this.user.id, until } }))).then(() => this.loadMutes());
  }

  changeRole(event) {
    event.preventDefault();
    const role = new FormData(event.target).get('role');
    this.act(t('modActions.roleChanged'), () => api(`/api/users/${this.user.id}`, { method: 'PATCH', body: { role } }));
  }

  render() {
    const suspended = this.user.status === 'suspended';
    const rooms = (this.rooms?.items ?? []).filter((room) => room.kind !== 'direct').map((room) => ({ value: room.id, label: room.name }));
    return html`<section class="moderation-actions" aria-labelledby="mod-actions-title">
      <h2 id="mod-actions-title">${t('modActions.title')}</h2>
      <problem-note .error=${this.error}></problem-note>
      ${this.done ? html`<p class="notice" role="status">${this.done}</p>` : ''}
      ${suspended
        ? html`<button type="button" @click=${() => this.act(t('modActions.lifted'), () => api(`/api/users/${this.user.id}/unsuspend`, { method: 'POST', body: {} }))}>${t('modActions.lift')}</button>`
        : html`<form class="stack" @submit=${this.suspend}>
            <h3>${t('modActions.suspend')}</h3>
            ${inputField({ id: 'suspend-reason', name: 'reason', label: t('modActions.reason'), error: this.error })}
            ${inputField({ id: 'suspend-until', name: 'until', label: t('modActions.untilLabel'), type: 'datetime-local', required: false, error: this.error, hint: t('modActions.suspendHint') })}
            <div class="actions"><button type="submit" class="danger">${t('modActions.suspend')}</button></div>
          </form>`}
      <form class="stack" @submit=${(event) => this.mute(event)}>
        <h3>${t('modActions.muteTitle')}</h3>
        ${this.mutesNote()}
        ${selectField({ id: 'mute-room', name: 'room', label: t('modActions.room'), options: rooms, error: this.error })}
        ${inputField({ id: 'mute-until', name: 'until', label: t('modActions.untilLabel'), type: 'datetime-local', required: false, error: this.error, hint: t('modActions.muteHint') })}
        <div class="actions"><button type="submit">${t('modActions.mute')}</button>
          <button type="button" class="secondary" @click=${(event) => this.mute(event, true)}>${t('modActions.unmute')}</button></div>
      </form>
      ${this.me.can?.changeRoles ? html`<form class="stack" @submit=${this.changeRole}>
        <h3>${t('modActions.role')}</h3>
        ${selectField({ id: 'user-role', name: 'role', label: t('modActions.role'), value: this.user.role, error: this.error,
          options: ['member', 'mentor', 'moderator', 'admin'].map((role) => ({ value: role, label: roleLabel(role) })) })}
        <div class="actions"><button type="submit">${t('modActions.changeRole')}</button></div>
      </form>` : ''}
    </section>`;
  }
}
customElements.define('moderation-actions', ModerationActions);
