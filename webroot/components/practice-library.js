import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { EVIDENCE_LABELS, STATUS_LABELS, cityLink } from '../lib/cities.js';
import { selectField } from './form-fields.js';
import { threadRow } from './thread-row.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/**
 * The practice library (#/library): validated practices by default, filtered by status, evidence, theme and city; or
 * (#/library?queue=mine) what waits for the caller's review or rework. Filters live in the hash.
 */
export class PracticeLibrary extends UrbisElement {
  static properties = {
    filters: { attribute: false },
    page: { state: true },
    names: { state: true },
    error: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadCities(), loadThemes()]).then(([cities, themes]) => { this.names = { cities, themes }; }).catch((error) => { this.error = error; });
  }

  willUpdate(changed) {
    if (changed.has('filters')) {
      this.load();
    }
  }

  load(cursor = null) {
    const { queue, ...filters } = this.filters;
    const query = new URLSearchParams(Object.entries({ ...(queue ? {} : filters), cursor }).filter(([, v]) => v));
    api(`${queue ? '/api/practices/queue' : '/api/practices'}?${query}`)
      .then((page) => { this.page = cursor ? { items: [...this.page.items, ...page.items], next: page.next } : page; })
      .catch((error) => { this.error = error; });
  }

  filter(changes) {
    location.hash = link('/library', { ...this.filters, ...changes });
  }

  filterBar() {
    const f = this.filters;
    return html`<div class="filters">
      ${selectField({ id: 'library-status', name: 'status', label: t('library.status'), value: f.status, placeholder: t('library.validated'),
        options: [{ value: 'all', label: t('library.anyStatus') }, ...Object.entries(STATUS_LABELS).filter(([value]) => value !== 'validated')
          .map(([value, label]) => ({ value, label }))], onChange: (event) => this.filter({ status: event.target.value }) })}
      ${selectField({ id: 'library-evidence', name: 'evidence', label: t('library.evidence'), value: f.evidence, placeholder: t('library.anyEvidence'),
        options: Object.entries(EVIDENCE_LABELS).map(([value, label]) => ({ value, label })), onChange: (event) => this.filter({ evidence: event.target.value }) })}
      ${selectField({ id: 'library-theme', name: 'theme', label: t('library.theme'), value: f.theme, placeholder: t('library.allThemes'),
        options: (this.names?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.name })), onChange: (event) => this.filter({ theme: event.target.value }) })}
      ${selectField({ id: 'library-city', name: 'city', label: t('library.city'), value: f.city, placeholder: t('library.allCities'),
        options: (this.names?.cities ?? []).map((city) => ({ value: city.id, label: city.name })), onChange: (event) => this.filter({ city: event.target.value }) })}
    </div>`;
  }

  render() {
    const queue = this.filters.queue;
    const items = this.page?.items ?? [];
    return html`<section class="view practice-library">
      <h1>${queue ? t('library.queue') : t('library.title')}</h1>
      <p><a href=${queue ? '#/library' : '#/library?queue=mine'}>${queue ? t('library.back') : t('library.queue')}</a></p>
      ${queue ? '' : this.filterBar()}
      <problem-note .error=${this.error}></problem-note>
      ${this.page === undefined && !this.error ? html`<p class="muted">${t('common.loading')}</p>` : ''}
      ${this.page && items.length === 0 ? html`<p class="muted">${queue ? t('library.queueEmpty') : t('library.empty')}</p>` : ''}
      <ul class="thread-list">${items.map((thread) => threadRow(thread, null, html`<p class="practice-summary">
        <span class="badge status ${thread.practice.status}">${STATUS_LABELS[thread.practice.status]}</span>
        ${thread.practice.evidence ? html`<span class="badge evidence">${EVIDENCE_LABELS[thread.practice.evidence]}</span>` : ''}
        <strong>${cityLink(this.names?.cities, thread.practice.cityId)} · ${nameOf(this.names?.themes, thread.practice.theme)}</strong>
        — ${thread.practice.summary}
        ${thread.practice.adoptions.adopted ? html`<span class="muted">${t('library.adoptedBy', { count: thread.practice.adoptions.adopted })}</span>` : ''}</p>`))}</ul>
      ${this.page?.next ? html`<button type="button" @click=${() => this.load(this.page.next)}>${t('library.more')}</button>` : ''}
    </section>`;
  }
}
customElements.define('practice-library', PracticeLibrary);
