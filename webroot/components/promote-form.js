import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { formatTime, t } from '../lib/i18n.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';

const EXCERPT = 60;

/**
 * "Start a thread from these messages": pick the first and last message of a run (your own, or anyone's for a
 * moderator), a board and a title; the server quotes them in the thread's first post and links both ways.
 */
export class PromoteForm extends UrbisElement {
  static properties = {
    roomId: { attribute: false },
    messages: { attribute: false },
    me: { attribute: false },
    boards: { state: true },
    started: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.boards = [];
    this.messages = [];
  }

  opened(event) {
    if (event.target.open && !this.boards.length) {
      api('/api/boards').then((page) => { this.boards = page.items; }).catch((error) => { this.error = error; });
    }
  }

  choices() {
    const moderator = ['moderator', 'admin'].includes(this.me?.role);
    return this.messages.filter((message) => !message.deleted && (moderator || message.author.id === this.me?.id))
      .map((message) => {
        const text = message.body.length > EXCERPT ? `${message.body.slice(0, EXCERPT)}…` : message.body;
        return { value: String(message.seq), label: `${message.author.displayName} ${formatTime(message.ts)}: ${text}` };
      });
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    try {
      this.started = await api(`/api/chat/rooms/${encodeURIComponent(this.roomId)}/promote`, { method: 'POST', body: {
        fromSeq: Number(form.get('fromSeq')), toSeq: Number(form.get('toSeq')), boardId: form.get('boardId'), title: form.get('title') } });
      this.error = null;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const choices = this.choices();
    if (!choices.length) {
      return html``;
    }
    return html`<details class="promote" @toggle=${this.opened}><summary>${t('promote.open')}</summary>
      <form class="stack" @submit=${this.submit} novalidate>
        ${selectField({ id: 'promote-from', name: 'fromSeq', label: t('promote.from'), error: this.error, options: choices, value: choices[0].value })}
        ${selectField({ id: 'promote-to', name: 'toSeq', label: t('promote.to'), error: this.error, options: choices, value: choices[choices.length - 1].value })}
        ${selectField({ id: 'promote-board', name: 'boardId', label: t('promote.board'), error: this.error,
          options: this.boards.map((board) => ({ value: board.id, label: board.name })) })}
        ${inputField({ id: 'promote-title', name: 'title', label: t('promote.title'), error: this.error })}
        <problem-note .error=${this.error}></problem-note>
        <button type="submit" ?disabled=${this.busy}>${t('promote.submit')}</button>
        ${this.started ? html`<p role="status">${t('promote.done')} <a href="#/threads/${this.started.id}">${this.started.title}</a></p>` : ''}
      </form>
    </details>`;
  }
}
customElements.define('promote-form', PromoteForm);
