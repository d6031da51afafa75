import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { t } from '../lib/i18n.js';
import { PagedList } from './paged-list.js';
import { threadRow } from './thread-row.js';
import './problem-note.js';
import './problem-retry.js';
import './watch-select.js';

/**
 * A board's threads, pinned first, filtered by kind and tag, loaded page by page as the list scrolls. An error
 * shows once, in place of the board's actions, and a lost connection is retried until the board loads. The reader
 * marks the whole board read, or chooses how closely to follow it.
 */
export class BoardView extends UrbisElement {
  static properties = {
    boardId: { attribute: false },
    kind: { attribute: false },
    tag: { attribute: false },
    board: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('boardId')) {
      this.error = null;
      this.loadBoard();
    }
    if (changed.has('boardId') || changed.has('kind') || changed.has('tag')) {
      this.loadThreads();
    }
  }

  loadBoard() {
    this.board = null;
    api('/api/boards').then(({ items }) => {
      this.board = items.find((board) => board.id === this.boardId);
      this.error = this.board ? null : new Error(t('board.missing'));
    }).catch((error) => { this.error = error; });
  }

  loadThreads() {
    this.list?.close();
    const query = new URLSearchParams(Object.entries({ kind: this.kind, tag: this.tag }).filter(([, value]) => value));
    this.list = new PagedList(this, `/api/boards/${encodeURIComponent(this.boardId)}/threads?${query}`);
    this.list.more();
  }

  async markRead() {
    try {
      await api(`/api/boards/${encodeURIComponent(this.boardId)}/read`, { method: 'POST', body: {} });
      this.list.items = this.list.items.map((thread) => ({ ...thread, unread: 0 }));
      this.board = { ...this.board, unread: 0 };
    } catch (error) {
      this.error = error;
    }
  }

  retry() {
    this.loadBoard();
    this.loadThreads();
  }

  filterLink(changes) {
    return link(`/boards/${this.boardId}`, { kind: this.kind, tag: this.tag, ...changes });
  }

  render() {
    const list = this.list;
    const error = this.error ?? (list.items.length ? null : list.error);
    return html`<section class="view">
      <div class="view-head">
        <h1>${this.board?.name ?? t('board.fallbackTitle')}</h1>
        ${this.board ? html`<a class="button" href="#/boards/${this.boardId}/new">${t('board.newThread')}</a>
          <button type="button" class="secondary mark-read" @click=${() => this.markRead()}>${t('unread.markBoardRead')}</button>
          <watch-select .type=${'boards'} .targetId=${this.boardId} .level=${this.board.watch}></watch-select>` : ''}
      </div>
      ${this.board ? html`<p class="muted">${this.board.description}</p>` : ''}
      <problem-retry .error=${error} .retry=${() => this.retry()}></problem-retry>
      ${this.board ? html`<div class="filters">
        <label for="kind-filter">${t('board.filter.show')}</label>
        <select id="kind-filter" @change=${(event) => { location.hash = this.filterLink({ kind: event.target.value }); }}>
          <option value="" ?selected=${!this.kind}>${t('board.filter.all')}</option>
          <option value="discussion" ?selected=${this.kind === 'discussion'}>${t('board.filter.discussion')}</option>
          <option value="practice" ?selected=${this.kind === 'practice'}>${t('board.filter.practice')}</option>
        </select>
        ${this.tag ? html`<span class="tag">${this.tag}</span> <a href=${this.filterLink({ tag: '' })}>${t('board.clearTag')}</a>` : ''}
      </div>` : ''}
      ${error ? '' : html`<ul class="thread-list">${list.items.map((thread) => threadRow(thread, (tag) => this.filterLink({ tag })))}</ul>
      ${!list.loading && list.done && list.items.length === 0 && !list.error ? html`<p class="muted">${t('board.empty')}</p>` : ''}
      <problem-note .error=${list.items.length ? list.error : null}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading} @click=${() => list.more()}>
        ${list.loading ? t('common.loading') : t('board.loadMore')}</button></div>`}`}
    </section>`;
  }
}
customElements.define('board-view', BoardView);
