import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** Pin, lock and move a thread (`can.moderate`), retitle it (`can.edit`). Fires `changed` with the Thread. */
export class ThreadModTools extends UrbisElement {
  static properties = {
    thread: { attribute: false },
    boards: { state: true },
    retitling: { state: true },
    error: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    if (this.thread.can.moderate) {
      api('/api/boards').then(({ items }) => { this.boards = items; }).catch((error) => { this.error = error; });
    }
  }

  async change(body) {
    this.error = null;
    try {
      const thread = await api(`/api/threads/${this.thread.id}`, { method: 'PATCH', body });
      this.retitling = false;
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true, detail: thread }));
    } catch (error) {
      this.error = error;
    }
  }

  retitle(event) {
    event.preventDefault();
    this.change({ title: new FormData(event.target).get('title').trim() });
  }

  render() {
    const { thread } = this;
    const { moderate: moderator, edit: retitle } = thread.can;
    if (!moderator && !retitle) {
      return html``;
    }
    return html`<div class="mod-tools" role="group" aria-label=${t('threadTools.label')}>
      ${moderator ? html`
        <button type="button" class="secondary" @click=${() => this.change({ pinned: !thread.pinned })}>${thread.pinned ? t('threadTools.unpin') : t('threadTools.pin')}</button>
        <button type="button" class="secondary" @click=${() => this.change({ locked: !thread.locked })}>${thread.locked ? t('threadTools.unlock') : t('threadTools.lock')}</button>
        ${this.boards ? selectField({
          id: 'move-board', name: 'boardId', label: t('threadTools.move'), error: this.error, value: thread.boardId,
          options: this.boards.map((board) => ({ value: board.id, label: board.name })),
          onChange: (event) => this.change({ boardId: event.target.value }),
        }) : ''}` : ''}
      ${retitle ? html`<button type="button" class="secondary" aria-expanded=${this.retitling ? 'true' : 'false'}
        @click=${() => { this.retitling = !this.retitling; }}>${t('threadTools.retitle')}</button>` : ''}
      ${this.retitling ? html`<form class="inline-form" @submit=${this.retitle}>
        ${inputField({ id: 'retitle', name: 'title', label: t('threadTools.newTitle'), value: thread.title, error: this.error })}
        <button type="submit">${t('threadTools.saveTitle')}</button>
      </form>` : ''}
      <problem-note .error=${this.error}></problem-note>
    </div>`;
  }
}
customElements.define('thread-mod-tools', ThreadModTools);
