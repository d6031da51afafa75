import { html, nothing } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { loadCities, nameOf } from '../lib/reference.js';
import { languageBadge, snippetParts, timeAgo } from '../lib/format.js';
import { selectField } from './form-fields.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** The filters search takes besides the words; they live in the hash with them (#/search?q=…&board=…). */
const FILTERS = ['board', 'city', 'kind', 'since', 'until'];
const KINDS = ['discussion', 'practice'];

/**
 * Full-text search results, one row per thread with its best matching posts under it, each with its author and a
 * snippet with the matches marked; a match links to its post inside the thread (#/threads/ID/posts/POST).
 * Filters for board, city, kind and dates narrow the results.
 */
export class SearchView extends UrbisElement {
  static properties = {
    params: { attribute: false },
    boards: { state: true },
    cities: { state: true },
  };

  constructor() {
    super();
    this.params = new URLSearchParams();
    this.boards = [];
    this.cities = [];
  }

  connectedCallback() {
    super.connectedCallback();
    Promise.all([api('/api/boards'), loadCities()])
      .then(([boards, cities]) => { this.boards = boards.items; this.cities = cities; })
      .catch(() => { /* the filters stay empty; the results still show */ });
  }

  get query() {
    return this.params.get('q') ?? '';
  }

  willUpdate(changed) {
    if (changed.has('params')) {
      this.list?.close();
      const search = new URLSearchParams({ q: this.query });
      FILTERS.filter((name) => this.params.get(name)).forEach((name) => search.set(name, this.params.get(name)));
      this.list = new PagedList(this, `/api/search?${search}`);
      if (this.query) {
        this.list.more();
      }
    }
  }

  filter(changes) {
    const current = Object.fromEntries(['q', ...FILTERS].map((name) => [name, this.params.get(name) ?? '']));
    location.hash = link('/search', { ...current, ...changes });
  }

  filters() {
    const value = (name) => this.params.get(name) ?? '';
    const dateField = (name, label) => html`<div class="field">
      <label for="search-${name}">${label}</label>
      <input id="search-${name}" type="date" name=${name} .value=${value(name)} @change=${(event) => this.filter({ [name]: event.target.value })}>
    </div>`;
    return html`<div class="filters search-filters">
      ${selectField({ id: 'search-board', name: 'board', label: t('search.board'), value: value('board'), placeholder: t('search.allBoards'),
        options: this.boards.map((board) => ({ value: board.id, label: board.name })), onChange: (event) => this.filter({ board: event.target.value }) })}
      ${selectField({ id: 'search-city', name: 'city', label: t('search.city'), value: value('city'), placeholder: t('search.allCities'),
        options: this.cities.map((city) => ({ value: city.id, label: city.name })), onChange: (event) => this.filter({ city: event.target.value }) })}
      ${selectField({ id: 'search-kind', name: 'kind', label: t('search.kindLabel'), value: value('kind'), placeholder: t('search.everything'),
        options: KINDS.map((kind) => ({ value: kind, label: t(`search.kind.${kind}`) })), onChange: (event) => this.filter({ kind: event.target.value }) })}
      ${dateField('since', t('search.from'))}
      ${dateField('until', t('search.to'))}
    </div>`;
  }

  match({ post, snippet, attachment }) {
    return html`<li class="match">
      ${attachment ? html`<p class="in-attachment">${t('search.inAttachment', { name: attachment })}</p>` : ''}
      <a href="#/threads/${post.threadId}/posts/${post.id}" class="snippet" lang=${post.language ?? nothing}>${snippetParts(snippet)
        .map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}</a>
      <p class="meta">${post.author.displayName}${post.author.cityId ? html` · ${nameOf(this.cities, post.author.cityId)}` : ''}
        · ${timeAgo(post.createdAt)} ${languageBadge(post.language)}</p>
    </li>`;
  }

  render() {
    const list = this.list;
    return html`<section class="view">
      <h1>${this.query ? t('search.titleQuery', { query: this.query }) : t('search.title')}</h1>
      ${this.query ? this.filters() : html`<p class="muted">${t('search.hint')}</p>`}
      <ol class="results">
        ${list.items.map((hit) => html`<li class="result">
          <a href="#/threads/${hit.thread.id}/posts/${hit.post.id}" class="result-title">${hit.thread.title}</a>
          <ul class="matches">${(hit.matches ?? [hit]).map((match) => this.match(match))}</ul>
        </li>`)}
      </ol>
      ${this.query && list.done && list.items.length === 0 && !list.error ? html`<p class="muted">${t('search.empty')}</p>` : ''}
      <problem-note .error=${list.error}></problem-note>
      ${!this.query || list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading}
        @click=${() => list.more()}>${list.loading ? t('search.searching') : t('search.more')}</button></div>`}
    </section>`;
  }
}
customElements.define('search-view', SearchView);
