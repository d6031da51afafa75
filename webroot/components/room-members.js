import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { inputField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/**
 * The members of a private room. Its owner (and moderators) add people by username and remove them; every
 * member may leave. Someone added sees the room at once (the server pushes it to their open pages).
 */
export class RoomMembers extends UrbisElement {
  static properties = {
    room: { attribute: false },
    me: { attribute: false },
    rooms: { attribute: false },
    members: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('room') && changed.get('room')?.id !== this.room.id) {
      this.members = [];
      this.error = null;
      this.load();
    }
  }

  async load() {
    try {
      const { items } = await api(`/api/chat/rooms/${encodeURIComponent(this.room.id)}/members?limit=100`);
      this.members = items;
    } catch (error) {
      this.error = error;
    }
  }

  async change(call) {
    this.error = null;
    try {
      await call();
      await this.load();
    } catch (error) {
      this.error = error;
    }
  }

  add(event) {
    event.preventDefault();
    const form = event.target;
    const usernames = new FormData(form).get('usernames').split(/[\s,]+/).map((name) => name.replace(/^@/, '')).filter(Boolean);
    this.change(async () => {
      await api(`/api/chat/rooms/${encodeURIComponent(this.room.id)}/members`, { method: 'POST', body: { usernames } });
      form.reset();
    });
  }

  removeMember(user) {
    this.change(() => api(`/api/chat/rooms/${encodeURIComponent(this.room.id)}/members/${encodeURIComponent(user.id)}`, { method: 'DELETE' }));
  }

  async leave() {
    if (!confirm(t('members.confirmLeave', { room: this.room.name }))) {
      return;
    }
    this.error = null;
    try {
      await api(`/api/chat/rooms/${encodeURIComponent(this.room.id)}/leave`, { method: 'POST', body: {} });
      this.rooms.remove(this.room.id);
      navigate('/rooms');
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const manage = this.room.can?.manageMembers;
    return html`<section class="room-members" aria-labelledby="members-title">
      <h2 id="members-title">${t('members.title', { count: this.members.length })}</h2>
      <ul>${this.members.map((user) => html`<li><a href="#/users/${user.id}">${user.displayName}</a>
        ${manage && user.id !== this.me.id ? html`<button type="button" class="link danger" aria-label=${t('members.removeLabel', { name: user.displayName })}
          @click=${() => this.removeMember(user)}>${t('members.remove')}</button>` : ''}</li>`)}</ul>
      <problem-note .error=${this.error}></problem-note>
      ${manage ? html`<form class="stack" @submit=${this.add} novalidate>
        ${inputField({ id: 'add-members', name: 'usernames', label: t('members.add'), error: this.error, hint: t('members.addHint') })}
        <div class="actions"><button type="submit">${t('members.addSubmit')}</button></div>
      </form>` : ''}
      <button type="button" class="secondary" @click=${this.leave}>${t('members.leave')}</button>
    </section>`;
  }
}
customElements.define('room-members', RoomMembers);
