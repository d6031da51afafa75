import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { inputField, selectField, textareaField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';
import { STRATEGY_LABELS } from '../lib/cities.js';

/** The city's coordinators (and admins) edit its profile; fires `saved` with the city page as the server answers it. */
export class CityProfileForm extends UrbisElement {
  static properties = { city: { attribute: false }, themes: { attribute: false }, error: { state: true }, busy: { state: true } };

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const population = form.get('population');
    const profile = {
      summary: form.get('summary'),
      population: population === '' ? null : Number(population),
      stage: form.get('stage') || null,
      focusThemes: form.getAll('focusThemes'),
    };
    this.busy = true;
    try {
      const city = await api(`/api/cities/${encodeURIComponent(this.city.id)}`, { method: 'PATCH', body: { profile } });
      this.dispatchEvent(new CustomEvent('saved', { detail: city }));
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const profile = this.city.profile;
    return html`<form class="city-profile-form" @submit=${this.save}>
      ${inputField({ id: 'city-population', name: 'population', label: t('cityForm.population'), type: 'number', required: false,
        value: profile.population ?? '', error: this.error })}
      ${selectField({ id: 'city-stage', name: 'stage', label: t('cityForm.stage'), value: profile.stage ?? '', placeholder: t('cityForm.notSaid'),
        options: Object.entries(STRATEGY_LABELS).map(([value, label]) => ({ value, label })),
        error: this.error })}
      <fieldset class="field"><legend>${t('cityForm.focusThemes')}</legend>
        ${(this.themes ?? []).map((theme) => html`<label class="check"><input type="checkbox" name="focusThemes" value=${theme.id}
          ?checked=${profile.focusThemes.includes(theme.id)}> ${theme.name}</label>`)}
      </fieldset>
      ${textareaField({ id: 'city-summary', name: 'summary', label: t('cityForm.about'), value: profile.summary, rows: 4, error: this.error })}
      <problem-note .error=${this.error}></problem-note>
      <button type="submit" ?disabled=${this.busy}>${t('common.save')}</button>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
    </form>`;
  }
}
customElements.define('city-profile-form', CityProfileForm);
