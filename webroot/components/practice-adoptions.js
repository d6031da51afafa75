import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { when } from '../lib/format.js';
import { loadCities } from '../lib/reference.js';
import { STAGE_LABELS, cityLink } from '../lib/cities.js';
import { selectField, textareaField } from './form-fields.js';
import './problem-note.js';
import { t, tParts } from '../lib/i18n.js';

/**
 * Which cities took the practice up, at which stage since when; the caller's city declares its own stage (the server
 * accepts it from the city's coordinator, or any member while it has none); "contact the practice's city" opens a
 * direct conversation with its coordinator, else the author.
 */
export class PracticeAdoptions extends UrbisElement {
  static properties = {
    thread: { attribute: false },
    me: { attribute: false },
    adoptions: { state: true },
    cities: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('thread')) {
      this.load();
    }
  }

  load() {
    Promise.all([api(`/api/practices/${this.thread.id}/adoptions`), loadCities()])
      .then(([page, cities]) => { this.adoptions = page.items; this.cities = cities; })
      .catch((error) => { this.error = error; });
  }

  async declare(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { stage: form.get('stage'), note: form.get('note'), outcomes: form.get('outcomes') };
    try {
      await api(`/api/practices/${this.thread.id}/adoptions/${encodeURIComponent(this.me.cityId)}`, { method: 'PUT', body });
      this.error = null;
      const thread = await api(`/api/threads/${this.thread.id}`);
      this.dispatchEvent(new CustomEvent('changed', { detail: thread, bubbles: true }));
    } catch (error) {
      this.error = error;
    }
  }

  async contact() {
    try {
      const city = await api(`/api/cities/${encodeURIComponent(this.thread.practice.cityId)}`);
      const person = city.coordinators[0] ?? this.thread.author;
      const room = await api('/api/chat/rooms', { method: 'POST', body: { name: person.displayName, kind: 'direct', members: [person.id] } });
      location.hash = `#/rooms/${room.id}`;
    } catch (error) {
      this.error = error;
    }
  }

  form() {
    const practice = this.thread.practice;
    if (practice.status !== 'validated' || !this.me?.cityId || this.me.cityId === practice.cityId) {
      return '';
    }
    const mine = this.adoptions?.find((adoption) => adoption.cityId === this.me.cityId);
    return html`<form class="adoption-form" @submit=${this.declare}>
      <h3>${tParts('adoptions.cityAndPractice', { city: cityLink(this.cities, this.me.cityId) })}</h3>
      ${selectField({ id: 'adoption-stage', name: 'stage', label: t('adoptions.stage'), value: mine?.stage ?? 'exploring',
        options: Object.entries(STAGE_LABELS).map(([value, label]) => ({ value, label })), error: this.error })}
      ${textareaField({ id: 'adoption-note', name: 'note', label: t('adoptions.note'), value: mine?.note ?? '', error: this.error })}
      ${textareaField({ id: 'adoption-outcomes', name: 'outcomes', label: t('adoptions.outcomes'), value: mine?.outcomes ?? '', error: this.error })}
      <button type="submit">${t('adoptions.save')}</button>
    </form>`;
  }

  render() {
    const counts = this.thread.practice.adoptions;
    return html`<section class="practice-adoptions" aria-label=${t('adoptions.label')}>
      <h2>${t('adoptions.adoptedBy', { count: counts.adopted })}</h2>
      <p class="muted adoption-counts">${t('adoptions.counts', counts)}</p>
      <ul class="adoptions">${(this.adoptions ?? []).map((adoption) => html`<li data-city=${adoption.cityId}>
        ${cityLink(this.cities, adoption.cityId)} <span class="badge stage ${adoption.stage}">${STAGE_LABELS[adoption.stage]}</span>
        <span class="muted">${t('adoptions.since', { since: when(adoption.since), started: when(adoption.startedAt) })}</span>
        ${adoption.note ? html`<p class="prose">${adoption.note}</p>` : ''}
        ${adoption.outcomes ? html`<p class="prose outcomes">${t('adoptions.outcomesText', { outcomes: adoption.outcomes })}</p>` : ''}
      </li>`)}</ul>
      <problem-note .error=${this.error}></problem-note>
      ${this.form()}
      ${this.me?.cityId !== this.thread.practice.cityId
        ? html`<button type="button" class="contact-city" @click=${this.contact}>${t('adoptions.contact')}</button>` : ''}
    </section>`;
  }
}
customElements.define('practice-adoptions', PracticeAdoptions);
