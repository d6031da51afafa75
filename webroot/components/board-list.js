import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import './problem-note.js';

/** Home: every board with its description, thread count and how many of its threads have news for the reader. */
export class BoardList extends UrbisElement {
  static properties = { boards: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    api('/api/boards').then(({ items }) => { this.boards = items; }).catch((error) => { this.error = error; });
  }

  render() {
    return html`<section class="view">
      <h1>${t('boards.title')}</h1>
      <problem-note .error=${this.error}></problem-note>
      ${this.boards === undefined && !this.error ? html`<p class="muted">${t('common.loading')}</p>` : ''}
      <ul class="cards">
        ${(this.boards ?? []).map((board) => html`<li class="card">
          <h2><a href="#/boards/${board.id}">${board.name}</a></h2>
          <p>${board.description}</p>
          <p class="meta">${t('boards.threadCount', { count: board.threadCount })}
            ${board.postPolicy === 'mentors' ? html` · <span class="tag">${t('boards.mentorsStart')}</span>` : ''}
            ${board.unread ? html` · <span class="badge unread">${t('unread.threads', { count: board.unread })}</span>` : ''}</p>
        </li>`)}
      </ul>
    </section>`;
  }
}
customElements.define('board-list', BoardList);
