import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { formatNumber, t } from '../lib/i18n.js';

const SHADES = 4;

/**
 * The city × theme matrix: a row per city of the cohort, a column per theme, each cell the city's validated practices
 * and adoptions in that theme as numbers, shaded by their sum (a class per step: the CSP allows no inline style). The
 * table scrolls in its own region on a phone.
 */
export class CityThemeMatrix extends UrbisElement {
  static properties = { cities: { attribute: false }, themes: { attribute: false }, cells: { attribute: false } };

  render() {
    const cells = new Map((this.cells ?? []).map((cell) => [`${cell.cityId}|${cell.theme}`, cell]));
    const max = Math.max(1, ...[...cells.values()].map((cell) => cell.validated + cell.adoptions));
    const shade = (cell) => (cell ? Math.ceil(((cell.validated + cell.adoptions) / max) * SHADES) : 0);
    const themes = this.themes ?? [];
    return html`<div class="table-scroll" role="region" aria-labelledby="dashboard-matrix-caption" tabindex="0"><table class="dashboard-matrix">
      <caption id="dashboard-matrix-caption">${t('dashboard.matrix')}</caption>
      <thead><tr><th scope="col">${t('dashboard.col.city')}</th>${themes.map((theme) => html`<th scope="col" data-theme-id=${theme.id}>${theme.name}</th>`)}</tr></thead>
      <tbody>${(this.cities ?? []).map((row) => html`<tr data-city=${row.city.id}>
        <th scope="row"><a href="#/cities/${encodeURIComponent(row.city.id)}">${row.city.name}</a></th>
        ${themes.map((theme) => {
          const cell = cells.get(`${row.city.id}|${theme.id}`);
          return html`<td class="heat-${shade(cell)}" data-theme-id=${theme.id}>${cell ? `${formatNumber(cell.validated)} / ${formatNumber(cell.adoptions)}` : ''}</td>`;
        })}</tr>`)}</tbody>
    </table></div>`;
  }
}
customElements.define('city-theme-matrix', CityThemeMatrix);
