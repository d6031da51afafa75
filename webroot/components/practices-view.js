import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { selectField } from './form-fields.js';
import { threadRow } from './thread-row.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/**
 * Every best practice (threads of kind `practice` on all boards), filtered by theme and city. The filters live in
 * the hash (#/practices?theme=…&city=…) so a filtered list is a link one can share.
 */
export class PracticesView extends UrbisElement {
  static properties = {
    me: { attribute: false },
    theme: { attribute: false },
    city: { attribute: false },
    practices: { state: true },
    boards: { state: true },
    themes: { state: true },
    cities: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.boards = [];
    this.themes = [];
    this.cities = [];
  }

  connectedCallback() {
    super.connectedCallback();
    Promise.all([api('/api/boards'), loadThemes(), loadCities()])
      .then(([boards, themes, cities]) => {
        this.boards = boards.items;
        this.themes = themes;
        this.cities = cities;
        return Promise.all(boards.items.map((board) => allPractices(board.id)));
      })
      .then((lists) => { this.practices = lists.flat().sort((a, b) => b.lastPostAt.localeCompare(a.lastPostAt)); })
      .catch((error) => { this.error = error; });
  }

  filter(changes) {
    location.hash = link('/practices', { theme: this.theme, city: this.city, ...changes });
  }

  newPractice(event) {
    event.preventDefault();
    location.hash = link(`/boards/${new FormData(event.target).get('board')}/new`, { kind: 'practice' });
  }

  render() {
    const shown = (this.practices ?? []).filter((thread) => (!this.theme || thread.practice?.theme === this.theme)
      && (!this.city || thread.practice?.cityId === this.city));
    const cities = [...new Set((this.practices ?? []).map((thread) => thread.practice?.cityId))]
      .map((id) => ({ value: id, label: nameOf(this.cities, id) }));
    return html`<section class="view">
      <h1>${t('practices.title')}</h1>
      <div class="filters">
        ${selectField({ id: 'practice-theme-filter', name: 'theme', label: t('practices.theme'), value: this.theme, placeholder: t('library.allThemes'),
          options: this.themes.map((theme) => ({ value: theme.id, label: theme.name })), onChange: (event) => this.filter({ theme: event.target.value }) })}
        ${selectField({ id: 'practice-city-filter', name: 'city', label: t('practices.city'), value: this.city, placeholder: t('library.allCities'),
          options: cities, onChange: (event) => this.filter({ city: event.target.value }) })}
      </div>
      <problem-note .error=${this.error}></problem-note>
      ${this.practices === undefined && !this.error ? html`<p class="muted">${t('common.loading')}</p>` : ''}
      ${this.practices && shown.length === 0 ? html`<p class="muted">${t('practices.empty')}</p>` : ''}
      <ul class="thread-list">${shown.map((thread) => threadRow(thread, null, html`<p class="practice-summary">
        <strong>${nameOf(this.cities, thread.practice.cityId)} · ${nameOf(this.themes, thread.practice.theme)}</strong> — ${thread.practice.summary}</p>`))}</ul>
      <form class="inline-form new-practice" @submit=${this.newPractice}>
        ${selectField({ id: 'practice-board', name: 'board', label: t('practices.shareOn'), options: this.boards.map((board) => ({ value: board.id, label: board.name })) })}
        <button type="submit">${t('practices.new')}</button>
      </form>
    </section>`;
  }
}
customElements.define('practices-view', PracticesView);

async function allPractices(boardId) {
  const practices = [];
  let cursor = null;
  do {
    const page = await api(`/api/boards/${boardId}/threads?kind=practice&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    practices.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return practices;
}
