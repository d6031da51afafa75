import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { inputField, selectField, textareaField } from './form-fields.js';
import './problem-note.js';

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
      ${inputField({ id: 'city-population', name: 'population', label: 'Population', type: 'number', required: false,
        value: profile.population ?? '', error: this.error })}
      ${selectField({ id: 'city-stage', name: 'stage', label: 'Strategy stage', value: profile.stage ?? '', placeholder: 'Not said',
        options: [{ value: 'diagnosis', label: 'Diagnosis' }, { value: 'strategy', label: 'Strategy' }, { value: 'implementation', label: 'Implementation' }],
        error: this.error })}
      <fieldset class="field"><legend>Focus themes</legend>
        ${(this.themes ?? []).map((theme) => html`<label class="check"><input type="checkbox" name="focusThemes" value=${theme.id}
          ?checked=${profile.focusThemes.includes(theme.id)}> ${theme.name}</label>`)}
      </fieldset>
      ${textareaField({ id: 'city-summary', name: 'summary', label: 'About the city', value: profile.summary, rows: 4, error: this.error })}
      <problem-note .error=${this.error}></problem-note>
      <button type="submit" ?disabled=${this.busy}>Save</button>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>Cancel</button>
    </form>`;
  }
}
customElements.define('city-profile-form', CityProfileForm);
