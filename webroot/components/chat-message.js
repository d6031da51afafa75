import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { clock, when } from '../lib/format.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import './file-list.js';
import './report-form.js';
import { t } from '../lib/i18n.js';

const FOCUSABLE = 'a[href], button, input, textarea, select, summary';

/**
 * One chat message: author, time (the absolute time on hover), the server's sanitized HTML, and the edit, delete
 * and report its `can` offers. Only the `active` message of a room is in the tab order, with its links and
 * actions (the room moves `active` with the arrow keys), so a long history does not stand between Tab and the composer.
 */
export class ChatMessage extends UrbisElement {
  static properties = {
    message: { attribute: false },
    me: { attribute: false },
    socket: { attribute: false },
    active: { attribute: false },
    mode: { state: true },
  };

  updated(changed) {
    const reachable = this.active || Boolean(this.mode);
    this.querySelector('.chat-message').tabIndex = reachable ? 0 : -1;
    this.querySelectorAll(`.chat-message ${FOCUSABLE}`).forEach((element) => { element.tabIndex = reachable ? 0 : -1; });
    if (changed.has('mode') && this.mode === 'edit') {
      this.querySelector('.inline-form textarea').focus();
    }
  }

  /** Focus follows the user back to the message after an edit form closes. */
  close() {
    this.mode = null;
    this.updateComplete.then(() => this.querySelector('.chat-message').focus());
  }

  save(event) {
    event.preventDefault();
    const body = new FormData(event.target.closest('form')).get('body').trim();
    if (body && body !== this.message.body) {
      this.socket.edit(this.message.room, this.message.id, body);
    }
    this.close();
  }

  editKey(event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      this.save(event);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  // not remove(): that is the DOM's, and Lit calls it when it takes the element out of the page
  deleteMessage() {
    if (confirm(t('chat.confirmDelete'))) {
      this.socket.remove(this.message.room, this.message.id);
    }
  }

  render() {
    const message = this.message;
    const own = message.author.id === this.me.id;
    const { can } = message;
    return html`<div class="chat-message ${own ? 'own' : ''}" role="article" data-seq=${message.seq}
      aria-label=${t('chat.messageLabel', { name: message.author.displayName, time: when(message.ts) })}>
      <div class="chat-head">
        <a href="#/users/${message.author.id}" class="author">${message.author.displayName}</a>
        <time datetime=${message.ts} title=${when(message.ts)} class="muted">${clock(message.ts)}</time>
        ${message.editedAt ? html`<span class="muted">${t('common.edited')}</span>` : ''}
      </div>
      ${this.mode === 'edit' ? html`<form class="inline-form" @submit=${this.save}>
          <label class="visually-hidden" for="edit-${message.id}">${t('chat.editLabel')}</label>
          <textarea id="edit-${message.id}" name="body" rows="2" .value=${message.body} @keydown=${this.editKey}></textarea>
          <button type="submit">${t('common.save')}</button>
          <button type="button" class="secondary" @click=${this.close}>${t('common.cancel')}</button>
        </form>`
        : message.deleted ? html`<p class="muted deleted">${t('chat.deleted')}</p>` : html`<div class="rendered">${sanitizedHtml(message)}</div><file-list .files=${message.files ?? []}></file-list>`}
      ${message.deleted || this.mode ? '' : html`<div class="message-actions">
        ${can.edit ? html`<button type="button" class="link" @click=${() => { this.mode = 'edit'; }}>${t('common.edit')}</button>` : ''}
        ${can.delete ? html`<button type="button" class="link danger" @click=${this.deleteMessage}>${t('common.delete')}</button>` : ''}
        ${can.report ? html`<button type="button" class="link" @click=${() => { this.mode = 'report'; }}>${t('common.report')}</button>` : ''}
      </div>`}
      ${this.mode === 'report' ? html`<report-form .targetType=${'message'} .targetId=${message.id} @done=${this.close}></report-form>` : ''}
    </div>`;
  }
}
customElements.define('chat-message', ChatMessage);
