import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { loadThemes } from '../lib/reference.js';
import { CITY_ROLE_LABELS, cityLink } from '../lib/cities.js';
import { selectField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** Every city of the programme, filtered by role, country and focus theme; the filters live in the hash. */
export class CityDirectory extends UrbisElement {
  static properties = {
    role: { attribute: false },
    country: { attribute: false },
    theme: { attribute: false },
    cities: { state: true },
    countries: { state: true },
    themes: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.themes = [];
    this.countries = [];
  }

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadThemes(), api('/api/cities', { auth: false })])
      .then(([themes, all]) => {
        this.themes = themes;
        this.countries = [...new Set(all.items.map((city) => city.country))].sort();
      })
      .catch((error) => { this.error = error; });
  }

  willUpdate(changed) {
    if (changed.has('role') || changed.has('country') || changed.has('theme')) {
      const query = new URLSearchParams(Object.entries({ role: this.role, country: this.country, theme: this.theme }).filter(([, v]) => v));
      api(`/api/cities?${query}`, { auth: false })
        .then((page) => { this.cities = page.items; })
        .catch((error) => { this.error = error; });
    }
  }

  filter(changes) {
    location.hash = link('/cities', { role: this.role, country: this.country, theme: this.theme, ...changes });
  }

  render() {
    return html`<section class="view city-directory">
      <h1>${t('cities.title')}</h1>
      <div class="filters">
        ${selectField({ id: 'city-role-filter', name: 'role', label: t('cities.role'), value: this.role, placeholder: t('cities.allRoles'),
          options: Object.entries(CITY_ROLE_LABELS).map(([value, label]) => ({ value, label })), onChange: (event) => this.filter({ role: event.target.value }) })}
        ${selectField({ id: 'city-country-filter', name: 'country', label: t('cities.country'), value: this.country, placeholder: t('cities.allCountries'),
          options: this.countries.map((code) => ({ value: code, label: code })), onChange: (event) => this.filter({ country: event.target.value }) })}
        ${selectField({ id: 'city-theme-filter', name: 'theme', label: t('cities.theme'), value: this.theme, placeholder: t('cities.allThemes'),
          options: this.themes.map((theme) => ({ value: theme.id, label: theme.name })), onChange: (event) => this.filter({ theme: event.target.value }) })}
      </div>
      <problem-note .error=${this.error}></problem-note>
      ${this.cities === undefined && !this.error ? html`<p class="muted">${t('common.loading')}</p>` : ''}
      ${this.cities?.length === 0 ? html`<p class="muted">${t('cities.empty')}</p>` : ''}
      <ul class="city-list">${(this.cities ?? []).map((city) => html`<li data-city=${city.id}>
        ${cityLink(this.cities, city.id)} <span class="muted">${city.country}</span>
        <span class="badge city-role ${city.role}">${CITY_ROLE_LABELS[city.role]}</span>
        <span class="muted">${t('cities.stats', city)}</span>
      </li>`)}</ul>
    </section>`;
  }
}
customElements.define('city-directory', CityDirectory);
