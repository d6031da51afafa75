import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** All rooms the caller can see, and a form to create a public or private room. */
export class RoomList extends UrbisElement {
  static properties = { rooms: { attribute: false }, error: { state: true } };

  constructor() {
    super();
    this.onRooms = () => this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    this.rooms.addEventListener('change', this.onRooms);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.rooms.removeEventListener('change', this.onRooms);
  }

  async create(event) {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(event.target));
    this.error = null;
    try {
      const room = await api('/api/chat/rooms', { method: 'POST', body });
      this.rooms.add(room);
      navigate(`/rooms/${room.id}`);
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    return html`<section class="view">
      <h1>${t('rooms.title')}</h1>
      <ul class="cards">
        ${this.rooms.items.filter((room) => room.kind !== 'direct').map((room) => html`<li class="card">
          <h2><a href="#/rooms/${room.id}"># ${room.name}</a>${room.unread ? html` <span class="badge">${room.unread} unread</span>` : ''}</h2>
          <p>${room.topic ?? ''}</p>
          <p class="meta">${room.kind === 'private' ? t('rooms.private') : t('rooms.public')}</p>
        </li>`)}
      </ul>
      <h2>${t('rooms.create')}</h2>
      <form class="stack" @submit=${this.create} novalidate>
        ${inputField({ id: 'room-name', name: 'name', label: t('rooms.name'), error: this.error })}
        ${inputField({ id: 'room-topic', name: 'topic', label: t('rooms.topic'), error: this.error, required: false })}
        ${selectField({ id: 'room-kind', name: 'kind', label: t('rooms.whoCanJoin'), error: this.error, value: 'public',
          options: [{ value: 'public', label: t('rooms.everyone') }, { value: 'private', label: t('rooms.invitedOnly') }] })}
        <problem-note .error=${this.error}></problem-note>
        <div class="actions"><button type="submit">${t('rooms.createSubmit')}</button></div>
      </form>
    </section>`;
  }
}
customElements.define('room-list', RoomList);
