import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { session } from '../lib/session.js';
import { LOCALES, locale, ownLanguageName, pseudo, t, useLocale } from '../lib/i18n.js';
import './problem-note.js';

/**
 * The language switcher (header and sign-in page): each language under its own name. The choice applies at once,
 * is remembered in this browser and, when signed in, stored on the user (PATCH /api/me) so every device follows it.
 */
export class LanguagePicker extends UrbisElement {
  static properties = { error: { state: true } };

  async choose(event) {
    const next = event.target.value;
    this.error = null;
    try {
      await useLocale(next, { remember: true });
      if (session()) {
        const user = await api('/api/me', { method: 'PATCH', body: { locale: next } });
        this.dispatchEvent(new CustomEvent('user-changed', { bubbles: true, detail: user }));
      }
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const shown = locale();
    return html`<div class="language-picker">
      <label for="language-picker" class="visually-hidden">${t('language.label')}</label>
      <select id="language-picker" @change=${this.choose}>
        ${pseudo() ? html`<option value="" selected>${t('language.name')}</option>` : ''}
        ${LOCALES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === shown}>${ownLanguageName(code)}</option>`)}
      </select>
      <problem-note .error=${this.error}></problem-note>
    </div>`;
  }
}
customElements.define('language-picker', LanguagePicker);
