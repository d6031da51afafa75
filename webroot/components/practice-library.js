import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { EVIDENCE_LABELS, STATUS_LABELS, cityLink } from '../lib/cities.js';
import { selectField } from './form-fields.js';
import { threadRow } from './thread-row.js';
import './problem-note.js';

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
      ${selectField({ id: 'library-status', name: 'status', label: 'Status', value: f.status, placeholder: 'Validated',
        options: [{ value: 'all', label: 'Any status' }, ...Object.entries(STATUS_LABELS).filter(([value]) => value !== 'validated')
          .map(([value, label]) => ({ value, label }))], onChange: (event) => this.filter({ status: event.target.value }) })}
      ${selectField({ id: 'library-evidence', name: 'evidence', label: 'Evidence', value: f.evidence, placeholder: 'Any evidence',
        options: Object.entries(EVIDENCE_LABELS).map(([value, label]) => ({ value, label })), onChange: (event) => this.filter({ evidence: event.target.value }) })}
      ${selectField({ id: 'library-theme', name: 'theme', label: 'Theme', value: f.theme, placeholder: 'All themes',
        options: (this.names?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.name })), onChange: (event) => this.filter({ theme: event.target.value }) })}
      ${selectField({ id: 'library-city', name: 'city', label: 'City', value: f.city, placeholder: 'All cities',
        options: (this.names?.cities ?? []).map((city) => ({ value: city.id, label: city.name })), onChange: (event) => this.filter({ city: event.target.value }) })}
    </div>`;
  }

  render() {
    const queue = this.filters.queue;
    const items = this.page?.items ?? [];
    return html`<section class="view practice-library">
      <h1>${queue ? 'Waiting for my review' : 'Practice library'}</h1>
      <p><a href=${queue ? '#/library' : '#/library?queue=mine'}>${queue ? 'Back to the library' : 'Waiting for my review'}</a></p>
      ${queue ? '' : this.filterBar()}
      <problem-note .error=${this.error}></problem-note>
      ${this.page === undefined && !this.error ? html`<p class="muted">Loading…</p>` : ''}
      ${this.page && items.length === 0 ? html`<p class="muted">${queue ? 'Nothing waits for you.' : 'No practice matches these filters.'}</p>` : ''}
      <ul class="thread-list">${items.map((thread) => threadRow(thread, null, html`<p class="practice-summary">
        <span class="badge status ${thread.practice.status}">${STATUS_LABELS[thread.practice.status]}</span>
        ${thread.practice.evidence ? html`<span class="badge evidence">${EVIDENCE_LABELS[thread.practice.evidence]}</span>` : ''}
        <strong>${cityLink(this.names?.cities, thread.practice.cityId)} · ${nameOf(this.names?.themes, thread.practice.theme)}</strong>
        — ${thread.practice.summary}
        ${thread.practice.adoptions.adopted ? html`<span class="muted">· adopted by ${thread.practice.adoptions.adopted}</span>` : ''}</p>`))}</ul>
      ${this.page?.next ? html`<button type="button" @click=${() => this.load(this.page.next)}>More</button>` : ''}
    </section>`;
  }
}
customElements.define('practice-library', PracticeLibrary);
