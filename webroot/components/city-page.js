import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { when } from '../lib/format.js';
import { CITY_ROLE_LABELS, STAGE_LABELS, STATUS_LABELS, STRATEGY_LABELS } from '../lib/cities.js';
import './city-profile-form.js';
import './problem-note.js';
import { formatNumber, t } from '../lib/i18n.js';


/** A city's page (#/cities/{id}): who it is, its profile, who speaks for it, its practices and its adoptions. */
export class CityPage extends UrbisElement {
  static properties = {
    cityId: { attribute: false },
    me: { attribute: false },
    city: { state: true },
    practices: { state: true },
    adoptions: { state: true },
    names: { state: true },
    editing: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('cityId')) {
      this.load();
    }
  }

  load() {
    const id = encodeURIComponent(this.cityId);
    Promise.all([api(`/api/cities/${id}`), api(`/api/cities/${id}/practices?limit=50`), api(`/api/cities/${id}/adoptions?limit=50`),
      loadCities(), loadThemes()])
      .then(([city, practices, adoptions, cities, themes]) => {
        this.city = city;
        this.practices = practices.items;
        this.adoptions = adoptions.items;
        this.names = { cities, themes };
      })
      .catch((error) => { this.error = error; });
  }

  mayEdit() {
    return this.me?.role === 'admin' || this.city.coordinators.some((user) => user.id === this.me?.id);
  }

  profile() {
    const profile = this.city.profile;
    return html`<dl class="city-profile">
      <dt>${t('city.population')}</dt><dd>${profile.population == null ? '—' : formatNumber(profile.population)}</dd>
      <dt>${t('city.stage')}</dt><dd>${STRATEGY_LABELS[profile.stage] ?? '—'}</dd>
      <dt>${t('city.focusThemes')}</dt><dd>${profile.focusThemes.length
        ? profile.focusThemes.map((theme) => html`<a class="tag" href="#/cities?theme=${theme}">${nameOf(this.names.themes, theme)}</a>`)
        : '—'}</dd>
      <dt>${t('city.about')}</dt><dd class="prose">${profile.summary || '—'}</dd>
    </dl>`;
  }

  render() {
    if (!this.city) {
      return html`<section class="view"><h1>${this.error ? t('city.fallbackTitle') : t('common.loading')}</h1><problem-note .error=${this.error}></problem-note></section>`;
    }
    const city = this.city;
    return html`<section class="view city-page" data-city=${city.id}>
      <p class="crumbs"><a href="#/cities">${t('city.all')}</a></p>
      <h1>${city.name} <span class="muted">${city.country}</span> <span class="badge city-role ${city.role}">${CITY_ROLE_LABELS[city.role]}</span></h1>
      <problem-note .error=${this.error}></problem-note>
      ${this.editing
        ? html`<city-profile-form .city=${city} .themes=${this.names.themes}
            @saved=${(event) => { this.city = event.detail; this.editing = false; }} @cancel=${() => { this.editing = false; }}></city-profile-form>`
        : html`${this.profile()}${this.mayEdit() ? html`<button type="button" @click=${() => { this.editing = true; }}>${t('city.edit')}</button>` : ''}`}
      <h2>${t('city.coordinators')}</h2>
      ${city.coordinators.length
        ? html`<ul class="coordinators">${city.coordinators.map((user) => html`<li><a href="#/users/${user.id}">${user.displayName}</a></li>`)}</ul>`
        : html`<p class="muted">${t('city.noCoordinator')}</p>`}
      <p class="muted">${t('city.members', { count: city.members })}</p>
      <h2>${t('city.practices', { count: city.practices })}</h2>
      ${this.practices.length === 0 ? html`<p class="muted">${t('city.none')}</p>` : ''}
      <ul class="city-practices">${this.practices.map((thread) => html`<li>
        <a href="#/threads/${thread.id}">${thread.title}</a>
        <span class="badge status ${thread.practice.status}">${STATUS_LABELS[thread.practice.status]}</span>
        ${thread.practice.adoptions.adopted ? html`<span class="muted">${t('city.adoptedBy', { count: thread.practice.adoptions.adopted })}</span>` : ''}
      </li>`)}</ul>
      <h2>${t('city.adoptions', { count: city.adoptions })}</h2>
      ${this.adoptions.length === 0 ? html`<p class="muted">${t('city.none')}</p>` : ''}
      <ul class="city-adoptions">${this.adoptions.map((adoption) => html`<li data-practice=${adoption.practice.threadId}>
        <a href="#/threads/${adoption.practice.threadId}">${adoption.practice.title}</a>
        <span class="badge stage ${adoption.stage}">${STAGE_LABELS[adoption.stage]}</span>
        <span class="muted">${t('city.since', { since: when(adoption.since) })}</span>
      </li>`)}</ul>
    </section>`;
  }
}
customElements.define('city-page', CityPage);
