import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { formatNumber, t } from '../lib/i18n.js';
import { loadThemes } from '../lib/reference.js';
import { selectField } from './form-fields.js';
import './problem-note.js';
import './adoption-chart.js';
import './city-theme-matrix.js';

const COHORTS = ['all', 'challenge', 'fellow', 'mentor'];

/** The table's columns: the key for its heading and how a row gives its value (names sort as text, the rest as numbers). */
const COLUMNS = [
  ['city', (row) => row.city.name],
  ['members', (row) => row.members],
  ['posts', (row) => row.posts],
  ['submitted', (row) => row.practices.submitted],
  ['validated', (row) => row.practices.validated],
  ['adoptions', (row) => row.adoptions],
  ['requestsOpen', (row) => row.requests.open],
  ['requestsClosed', (row) => row.requests.closed],
  ['acksMissing', (row) => row.acksMissing],
];

/**
 * The programme dashboard (#/dashboard?cohort=), for mentors, moderators and admins: per city what happened, as a
 * table that sorts by any column; adoptions over time as a chart with its numbers as a table, and the city × theme
 * matrix.
 */
export class ProgrammeDashboard extends UrbisElement {
  static properties = {
    cohort: { attribute: false },
    data: { state: true },
    themes: { state: true },
    sortBy: { state: true },
    descending: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.sortBy = 'city';
    this.descending = false;
    this.themes = [];
  }

  connectedCallback() {
    super.connectedCallback();
    loadThemes().then((themes) => { this.themes = themes; }).catch((error) => { this.error = error; });
  }

  willUpdate(changed) {
    if (changed.has('cohort')) {
      this.data = undefined;
      api(`/api/dashboard?cohort=${encodeURIComponent(this.cohort || 'all')}`)
        .then((data) => { this.data = data; this.error = null; })
        .catch((error) => { this.error = error; });
    }
  }

  sort(column) {
    this.descending = this.sortBy === column ? !this.descending : column !== 'city';
    this.sortBy = column;
  }

  rows() {
    const value = COLUMNS.find(([key]) => key === this.sortBy)[1];
    const sorted = [...this.data.cities].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return typeof x === 'string' ? x.localeCompare(y) : x - y;
    });
    return this.descending ? sorted.reverse() : sorted;
  }

  table() {
    const ariaSort = (key) => (this.sortBy === key ? (this.descending ? 'descending' : 'ascending') : 'none');
    // wider than a phone: the table scrolls in its own region, which the keyboard can reach
    return html`<div class="table-scroll" role="region" aria-labelledby="dashboard-cities-caption" tabindex="0"><table class="dashboard-table">
      <caption id="dashboard-cities-caption">${t('dashboard.cities')}</caption>
      <thead><tr>${COLUMNS.map(([key]) => html`<th scope="col" aria-sort=${ariaSort(key)}>
        <button type="button" class="sort" @click=${() => this.sort(key)}>${t(`dashboard.col.${key}`)}</button></th>`)}</tr></thead>
      <tbody>${this.rows().map((row) => html`<tr data-city=${row.city.id}>
        <th scope="row"><a href="#/cities/${encodeURIComponent(row.city.id)}">${row.city.name}</a></th>
        ${COLUMNS.slice(1).map(([, value]) => html`<td>${formatNumber(value(row))}</td>`)}
      </tr>`)}</tbody>
    </table></div>`;
  }

  render() {
    return html`<section class="view programme-dashboard">
      <h1>${t('dashboard.title')}</h1>
      <div class="filters">
        ${selectField({ id: 'dashboard-cohort', name: 'cohort', label: t('dashboard.cohort'), value: this.cohort || 'all',
          options: COHORTS.map((value) => ({ value, label: t(`dashboard.cohort.${value}`) })),
          onChange: (event) => { location.hash = link('/dashboard', { cohort: event.target.value === 'all' ? '' : event.target.value }); } })}
      </div>
      <problem-note .error=${this.error}></problem-note>
      ${this.data === undefined && !this.error ? html`<p class="muted">${t('requests.loading')}</p>` : ''}
      ${this.data ? html`${this.table()}
        <h2>${t('dashboard.adoptions')}</h2><adoption-chart .entries=${this.data.adoptionsByMonth}></adoption-chart>
        <h2>${t('dashboard.themes')}</h2><city-theme-matrix .cities=${this.rows()} .themes=${this.themes} .cells=${this.data.matrix}></city-theme-matrix>` : ''}
    </section>`;
  }
}
customElements.define('programme-dashboard', ProgrammeDashboard);
