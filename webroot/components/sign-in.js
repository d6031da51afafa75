import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { signIn } from '../lib/api.js';
import { loadCities } from '../lib/reference.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';
import './language-picker.js';
import { t } from '../lib/i18n.js';

/** Log in or register (city picker grouped by the city's role in the programme). */
export class SignIn extends UrbisElement {
  static properties = {
    notice: { attribute: false },
    mode: { state: true },
    cities: { state: true },
    error: { state: true },
    busy: { state: true },
    inviteNeeded: { state: true },
  };

  constructor() {
    super();
    this.mode = 'login';
    this.cities = [];
  }

  connectedCallback() {
    super.connectedCallback();
    loadCities().then((cities) => { this.cities = cities; }).catch((error) => { this.error = error; });
  }

  async submit(event) {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(event.target));
    if (!body.inviteCode) {
      delete body.inviteCode;
    }
    this.busy = true;
    this.error = null;
    try {
      await signIn(this.mode === 'login' ? '/api/auth/login' : '/api/auth/register', body);
    } catch (error) {
      this.error = error;
      // registration is open unless the server asks for an invitation code: the field shows once it does
      this.inviteNeeded ||= Boolean(error.field?.('inviteCode'));
      this.busy = false;
    }
  }

  /** Nothing typed for one form carries into the other (a failed login password is no new password). */
  switchTo(mode) {
    if (mode !== this.mode) {
      this.querySelector('form')?.reset();
    }
    this.mode = mode;
    this.error = null;
  }


  field(name, label, options = {}) {
    return inputField({ id: `${this.mode}-${name}`, name, label, error: this.error, ...options });
  }

  cityPicker() {
    const options = this.cities.map((city) => ({ value: city.id, label: `${city.name} (${city.country})`, group: t(`signin.group.${city.role}`) }));
    return selectField({ id: 'register-cityId', name: 'cityId', label: t('signin.city'), error: this.error, options, placeholder: t('signin.cityPlaceholder') });
  }

  render() {
    const registering = this.mode === 'register';
    return html`<main class="sign-in" id="main" data-title=${registering ? t('signin.register') : t('signin.logIn')}>
      <language-picker></language-picker>
      <h1>Urbis</h1>
      <p class="tagline">${t('signin.tagline')}</p>
      ${this.notice && !this.error ? html`<problem-note .error=${this.notice}></problem-note>` : ''}
      <div class="tabs" role="group" aria-label=${t('signin.modes')}>
        <button type="button" aria-pressed=${registering ? 'false' : 'true'} @click=${() => this.switchTo('login')}>${t('signin.logIn')}</button>
        <button type="button" aria-pressed=${registering ? 'true' : 'false'} @click=${() => this.switchTo('register')}>${t('signin.register')}</button>
      </div>
      <form @submit=${this.submit} novalidate aria-label=${registering ? t('signin.register') : t('signin.logIn')}>
        ${this.field('username', t('signin.username'), { autocomplete: 'username' })}
        ${registering ? this.field('displayName', t('signin.displayName'), { autocomplete: 'name' }) : ''}
        ${this.field('password', registering ? t('signin.newPassword') : t('signin.password'),
          { type: 'password', autocomplete: registering ? 'new-password' : 'current-password' })}
        ${registering ? this.cityPicker() : ''}
        ${registering && this.inviteNeeded ? this.field('inviteCode', t('signin.inviteCode'), { required: false }) : ''}
        <problem-note .error=${this.error}></problem-note>
        <button type="submit" ?disabled=${this.busy}>${registering ? t('signin.createAccount') : t('signin.logIn')}</button>
      </form>
    </main>`;
  }
}
customElements.define('sign-in', SignIn);
