import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { link } from '../lib/router.js';
import { loadCities, loadThemes } from '../lib/reference.js';
import { languageName, t } from '../lib/i18n.js';
import { selectField } from './form-fields.js';
import { PagedList } from './paged-list.js';
import './file-list.js';
import './problem-note.js';

/** The filters of GET /api/library, kept in the hash (#/resources?type=&city=&theme=&language=&q=). */
const FILTERS = ['type', 'city', 'theme', 'language', 'q'];
/** Type prefixes the server matches, each with its catalog key. */
const TYPES = [
  { value: 'application/pdf', key: 'resources.type.pdf' },
  { value: 'application/vnd.openxmlformats-officedocument.', key: 'resources.type.office' },
  { value: 'application/vnd.oasis.opendocument.', key: 'resources.type.openDocument' },
  { value: 'image/', key: 'resources.type.image' },
  { value: 'text/', key: 'resources.type.text' },
];
/** The languages a document's text is told apart in (content/SearchLanguage on the server). */
const LANGUAGES = ['ca', 'da', 'de', 'el', 'en', 'es', 'eu', 'fi', 'fr', 'ga', 'hu', 'it', 'lt', 'nb', 'nl', 'pl', 'pt', 'ro',
  'ru', 'sr', 'sv', 'tr'];

/**
 * The resource library (#/resources): every file the reader may see, newest first, filtered by type, city, theme,
 * language and the words inside; each with its preview, size and the places it is used in, linked.
 */
export class ResourceLibrary extends UrbisElement {
  static properties = { params: { attribute: false }, names: { state: true } };

  constructor() {
    super();
    this.params = new URLSearchParams();
    this.names = { cities: [], themes: [] };
  }

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadCities(), loadThemes()]).then(([cities, themes]) => { this.names = { cities, themes }; })
      .catch(() => { /* the city and theme filters stay empty; the files still show */ });
  }

  willUpdate(changed) {
    if (changed.has('params')) {
      this.list?.close();
      const query = new URLSearchParams();
      FILTERS.filter((name) => this.params.get(name)).forEach((name) => query.set(name, this.params.get(name)));
      this.list = new PagedList(this, `/api/library?${query}`);
      this.list.more();
    }
  }

  filter(changes) {
    const current = Object.fromEntries(FILTERS.map((name) => [name, this.params.get(name) ?? '']));
    location.hash = link('/resources', { ...current, ...changes });
  }

  words(event) {
    event.preventDefault();
    this.filter({ q: new FormData(event.target).get('q').trim() });
  }

  filters() {
    const value = (name) => this.params.get(name) ?? '';
    const select = (name, options) => selectField({ id: `resources-${name}`, name, label: t(`resources.filter.${name}`), value: value(name),
      placeholder: t(`resources.filter.${name}.any`), options, onChange: (event) => this.filter({ [name]: event.target.value }) });
    return html`<form class="filters resources-filters" @submit=${this.words}>
      ${select('type', TYPES.map((type) => ({ value: type.value, label: t(type.key) })))}
      ${select('city', this.names.cities.map((city) => ({ value: city.id, label: city.name })))}
      ${select('theme', this.names.themes.map((theme) => ({ value: theme.id, label: theme.name })))}
      ${select('language', LANGUAGES.map((code) => ({ value: code, label: languageName(code) })))}
      <div class="field">
        <label for="resources-q">${t('resources.filter.q')}</label>
        <input id="resources-q" name="q" type="search" .value=${value('q')}>
      </div>
      <button type="submit">${t('resources.filter.apply')}</button>
    </form>`;
  }

  place(place) {
    const href = place.type === 'post' ? `#/threads/${place.threadId}/posts/${place.id}` : `#/rooms/${place.roomId}`;
    return html`<li><a href=${href}>${place.type === 'post' ? place.title : t('resources.place.room', { name: place.title })}</a></li>`;
  }

  entry({ file, attachedTo }) {
    return html`<li class="resource" data-id=${file.id}>
      <file-list .files=${[file]}></file-list>
      <p class="meta muted">${file.type}${file.language ? html` · <span lang=${file.language}>${languageName(file.language)}</span>` : ''}</p>
      <p class="used-in-label" id="used-in-${file.id}">${t('resources.usedIn')}</p>
      <ul class="used-in" aria-labelledby="used-in-${file.id}">${attachedTo.map((place) => this.place(place))}</ul>
    </li>`;
  }

  render() {
    const list = this.list;
    return html`<section class="view resource-library">
      <h1>${t('resources.title')}</h1>
      <p class="muted">${t('resources.intro')}</p>
      ${this.filters()}
      <ul class="resources">${list.items.map((entry) => this.entry(entry))}</ul>
      ${list.done && list.items.length === 0 && !list.error ? html`<p class="muted empty">${t('resources.empty')}</p>` : ''}
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading}
        @click=${() => list.more()}>${list.loading ? t('resources.loading') : t('resources.more')}</button></div>`}
    </section>`;
  }
}
customElements.define('resource-library', ResourceLibrary);
