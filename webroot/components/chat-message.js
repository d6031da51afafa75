import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { clock } from '../lib/format.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import './report-form.js';

/** One chat message: author, time, the server's sanitized HTML, and the edit, delete and report its `can` offers. */
export class ChatMessage extends UrbisElement {
  static properties = {
    message: { attribute: false },
    me: { attribute: false },
    socket: { attribute: false },
    mode: { state: true },
  };

  save(event) {
    event.preventDefault();
    const body = new FormData(event.target).get('body').trim();
    if (body && body !== this.message.body) {
      this.socket.edit(this.message.room, this.message.id, body);
    }
    this.mode = null;
  }

  remove() {
    if (confirm('Delete this message?')) {
      this.socket.remove(this.message.room, this.message.id);
    }
  }

  render() {
    const message = this.message;
    const own = message.author.id === this.me.id;
    const { can } = message;
    return html`<div class="chat-message ${own ? 'own' : ''}">
      <div class="chat-head">
        <a href="#/users/${message.author.id}" class="author">${message.author.displayName}</a>
        <time datetime=${message.ts} class="muted">${clock(message.ts)}</time>
        ${message.editedAt ? html`<span class="muted">(edited)</span>` : ''}
      </div>
      ${this.mode === 'edit' ? html`<form class="inline-form" @submit=${this.save}>
          <label class="visually-hidden" for="edit-${message.id}">Edit message</label>
          <input id="edit-${message.id}" name="body" .value=${message.body}>
          <button type="submit">Save</button>
          <button type="button" class="secondary" @click=${() => { this.mode = null; }}>Cancel</button>
        </form>`
        : message.deleted ? html`<p class="muted deleted">Message deleted.</p>` : html`<div class="rendered">${sanitizedHtml(message)}</div>`}
      ${message.deleted || this.mode ? '' : html`<div class="message-actions">
        ${can.edit ? html`<button type="button" class="link" @click=${() => { this.mode = 'edit'; }}>Edit</button>` : ''}
        ${can.delete ? html`<button type="button" class="link danger" @click=${this.remove}>Delete</button>` : ''}
        ${can.report ? html`<button type="button" class="link" @click=${() => { this.mode = 'report'; }}>Report</button>` : ''}
      </div>`}
      ${this.mode === 'report' ? html`<report-form .targetType=${'message'} .targetId=${message.id} @done=${() => { this.mode = null; }}></report-form>` : ''}
    </div>`;
  }
}
customElements.define('chat-message', ChatMessage);
