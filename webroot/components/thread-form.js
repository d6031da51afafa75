import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { loadCities, loadThemes } from '../lib/reference.js';
import { navigate } from '../lib/router.js';
import { inputField, selectField, textareaField } from './form-fields.js';
import './md-composer.js';
import './problem-note.js';
import './file-picker.js';
import { t } from '../lib/i18n.js';

/** Start a thread in a board: a discussion, or a best practice with its city, theme, summary, outcomes and links. */
export class ThreadForm extends UrbisElement {
  static properties = {
    boardId: { attribute: false },
    me: { attribute: false },
    kind: { attribute: false },
    themes: { state: true },
    cities: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.themes = [];
    this.cities = [];
  }

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadThemes(), loadCities()])
      .then(([themes, cities]) => { this.themes = themes; this.cities = cities; })
      .catch((error) => { this.error = error; });
  }

  draft(form) {
    const data = new FormData(form);
    const text = (name) => String(data.get(name) ?? '').trim();
    const list = (name, separator) => text(name).split(separator).map((item) => item.trim()).filter(Boolean);
    const body = {
      title: text('title'), body: this.querySelector('md-composer').value, tags: list('tags', ','), kind: this.kind,
      files: this.querySelector('file-picker').ids,
    };
    if (this.kind === 'practice') {
      body.practice = {
        cityId: text('cityId'), theme: text('theme'), summary: text('summary'), outcomes: text('outcomes'), links: list('links', /\r?\n/),
      };
    }
    return body;
  }

  async submit(event) {
    event.preventDefault();
    this.busy = true;
    try {
      const { thread } = await api(`/api/boards/${encodeURIComponent(this.boardId)}/threads`, { method: 'POST', body: this.draft(event.target) });
      navigate(`/threads/${thread.id}`);
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  practiceFields() {
    const error = this.error;
    const cities = this.cities.map((city) => ({ value: city.id, label: city.name }));
    const themes = this.themes.map((theme) => ({ value: theme.id, label: theme.name }));
    return html`<fieldset>
      <legend>${t('threadForm.practice')}</legend>
      ${selectField({ id: 'practice-city', name: 'cityId', label: t('threadForm.city'), error: practiceError(error, 'cityId'), options: cities, value: this.me.cityId ?? '' })}
      ${selectField({ id: 'practice-theme', name: 'theme', label: t('threadForm.theme'), error: practiceError(error, 'theme'), options: themes, placeholder: t('threadForm.themePlaceholder') })}
      ${textareaField({ id: 'practice-summary', name: 'summary', label: t('threadForm.summary'), error: practiceError(error, 'summary'), rows: 3 })}
      ${textareaField({ id: 'practice-outcomes', name: 'outcomes', label: t('threadForm.outcomes'), error: practiceError(error, 'outcomes'), rows: 3 })}
      ${textareaField({ id: 'practice-links', name: 'links', label: t('threadForm.links'), error: practiceError(error, 'links'), rows: 2, hint: t('threadForm.linksHint') })}
    </fieldset>`;
  }

  render() {
    const practice = this.kind === 'practice';
    return html`<section class="view">
      <h1>${practice ? t('threadForm.newPractice') : t('threadForm.newThread')}</h1>
      <form class="stack" @submit=${this.submit} novalidate>
        <fieldset class="kind-choice">
          <legend>${t('threadForm.kind')}</legend>
          <label><input type="radio" name="kind" value="discussion" .checked=${!practice} @change=${() => { this.kind = 'discussion'; }}> ${t('threadForm.discussion')}</label>
          <label><input type="radio" name="kind" value="practice" .checked=${practice} @change=${() => { this.kind = 'practice'; }}> ${t('threadForm.practice')}</label>
        </fieldset>
        ${inputField({ id: 'thread-title', name: 'title', label: t('threadForm.title'), error: this.error })}
        <md-composer label=${practice ? t('threadForm.description') : t('threadForm.firstPost')} name="body" rows="8" .error=${this.error?.field?.('body')}></md-composer>
        ${inputField({ id: 'thread-tags', name: 'tags', label: t('threadForm.tags'), error: this.error, required: false, hint: t('threadForm.tagsHint') })}
        ${practice ? this.practiceFields() : ''}
        <file-picker data-for="thread"></file-picker>
        <problem-note .error=${this.error}></problem-note>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${practice ? t('threadForm.publishPractice') : t('threadForm.start')}</button>
          <a href="#/boards/${this.boardId}">${t('common.cancel')}</a>
        </div>
      </form>
    </section>`;
  }
}
customElements.define('thread-form', ThreadForm);

/** Practice fields are validated as `practice.<name>`; the form's controls are named without the prefix. */
function practiceError(error, name) {
  return error && { field: (field) => (field === name ? error.field(`practice.${name}`) : undefined) };
}
