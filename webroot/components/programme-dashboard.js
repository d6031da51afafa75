import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { formatNumber, t } from '../lib/i18n.js';
import { loadThemes, nameOf } from '../lib/reference.js';
import { selectField } from './form-fields.js';
import './problem-note.js';

const COHORTS = ['all', 'challenge', 'fellow', 'mentor'];
const STAGES = ['exploring', 'piloting', 'adopted', 'dropped'];

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
 * A bar as long as its share of the largest value (an SVG rect: the CSP allows no inline style); the number beside
 * it says the same in text.
 */
function bar(value, max, label) {
  const width = max ? Math.round((value / max) * 100) : 0;
  return html`<div class="bar-row"><span class="bar-label">${label}</span>
    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width=${width} height="10"></rect></svg>
    <span class="bar-value">${formatNumber(value)}</span></div>`;
}

/**
 * The programme dashboard (#/dashboard?cohort=), for mentors, moderators and admins: per city what happened, as a
 * table that sorts by any column; adoptions per month and cities per theme as bars, each with its numbers as text.
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

  months() {
    const months = [...new Set(this.data.adoptionsByMonth.map((entry) => entry.month))];
    if (!months.length) {
      return html`<p class="muted">${t('dashboard.empty')}</p>`;
    }
    const count = (month, stage) => this.data.adoptionsByMonth.find((entry) => entry.month === month && entry.stage === stage)?.count ?? 0;
    const total = (month) => STAGES.reduce((sum, stage) => sum + count(month, stage), 0);
    const max = Math.max(...months.map(total));
    return html`<div class="bars" role="img" aria-label=${t('dashboard.adoptions')} aria-describedby="dashboard-months-table">
        ${months.map((month) => bar(total(month), max, month))}</div>
      <div class="table-scroll" role="region" aria-label=${t('dashboard.month')} tabindex="0"><table class="dashboard-months" id="dashboard-months-table">
        <thead><tr><th scope="col">${t('dashboard.month')}</th>${STAGES.map((stage) => html`<th scope="col">${t(`dashboard.stage.${stage}`)}</th>`)}
          <th scope="col">${t('dashboard.total')}</th></tr></thead>
        <tbody>${months.map((month) => html`<tr><th scope="row">${month}</th>
          ${STAGES.map((stage) => html`<td>${formatNumber(count(month, stage))}</td>`)}<td>${formatNumber(total(month))}</td></tr>`)}</tbody>
      </table></div>`;
  }

  themeBars() {
    if (!this.data.themes.length) {
      return html`<p class="muted">${t('dashboard.empty')}</p>`;
    }
    const max = Math.max(...this.data.themes.map((entry) => entry.cities.length));
    return html`<div class="bars dashboard-themes">${this.data.themes.map((entry) => bar(entry.cities.length, max, nameOf(this.themes, entry.theme)))}</div>`;
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
        <h2>${t('dashboard.adoptions')}</h2>${this.months()}
        <h2>${t('dashboard.themes')}</h2>${this.themeBars()}` : ''}
    </section>`;
  }
}
customElements.define('programme-dashboard', ProgrammeDashboard);
