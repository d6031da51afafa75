import { html, nothing } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import { inputField } from './form-fields.js';
import { fieldError } from './problem-note.js';

const MODES = ['immediate', 'daily', 'weekly', 'off'];

/**
 * The reader's own e-mail settings (`#/settings`): the address mail goes to and how often (`GET`/`PATCH /api/me`).
 * The server's field errors are shown beside their field in the reader's language; a save is announced.
 */
export class MailSettings extends UrbisElement {
  static properties = { settings: { state: true }, error: { state: true }, saved: { state: true }, busy: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    api('/api/me').then((me) => { this.settings = { email: me.email ?? '', mode: me.emailPrefs?.mode ?? 'daily' }; })
      .catch((error) => { this.error = error; });
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const email = String(form.get('email') ?? '').trim();
    const body = { email: email || null, emailPrefs: { mode: form.get('mode') } };
    this.busy = true;
    this.saved = false;
    try {
      const me = await api('/api/me', { method: 'PATCH', body });
      this.settings = { email: me.email ?? '', mode: me.emailPrefs?.mode ?? body.emailPrefs.mode };
      this.error = null;
      this.saved = true;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  /** The server's field errors, said in the reader's language: the form fields read them through `field(name)`. */
  fieldErrors() {
    const error = this.error;
    const messages = {
      email: error?.status === 409 ? t('settings.error.emailTaken') : t('settings.error.emailInvalid'),
      'emailPrefs.mode': t('settings.error.mode'),
    };
    return { field: (name) => (error?.field?.(name) ? messages[name] : undefined) };
  }

  render() {
    const fields = this.fieldErrors();
    const fieldProblem = this.error?.problem?.errors?.length;
    return html`<section class="view mail-settings">
      <h1>${t('settings.title')}</h1>
      <p>${t('settings.intro')}</p>
      ${this.settings ? html`<form @submit=${this.save} novalidate>
        ${inputField({ id: 'settings-email', name: 'email', label: t('settings.email'), type: 'email', required: false,
          autocomplete: 'email', value: this.settings.email, hint: t('settings.emailHint'), error: fields })}
        <fieldset class="field mail-mode" aria-describedby=${fields.field('emailPrefs.mode') ? 'settings-mode-error' : nothing}>
          <legend>${t('settings.mode')}</legend>
          ${MODES.map((mode) => html`<div class="radio">
            <input type="radio" id="settings-mode-${mode}" name="mode" value=${mode} .checked=${this.settings.mode === mode}
              aria-describedby="settings-mode-${mode}-hint">
            <label for="settings-mode-${mode}">${t(`settings.mode.${mode}`)}</label>
            <p class="hint" id="settings-mode-${mode}-hint">${t(`settings.mode.${mode}.hint`)}</p>
          </div>`)}
          ${fieldError(fields, 'emailPrefs.mode', 'settings-mode-error')}
        </fieldset>
        <button type="submit" ?disabled=${this.busy}>${t('settings.save')}</button>
      </form>` : html`<p>${t('settings.loading')}</p>`}
      <p class="save-status" role="status">${this.saved ? t('settings.saved') : ''}</p>
      <problem-note .error=${fieldProblem ? null : this.error}></problem-note>
    </section>`;
  }
}
customElements.define('mail-settings', MailSettings);
