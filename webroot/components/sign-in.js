import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { signIn } from '../lib/api.js';
import { loadCities } from '../lib/reference.js';
import { inputField, selectField } from './form-fields.js';
import './problem-note.js';

const CITY_GROUPS = { challenge: 'Challenge cities', fellow: 'Fellow cities', mentor: 'Mentor cities' };

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
    const options = this.cities.map((city) => ({ value: city.id, label: `${city.name} (${city.country})`, group: CITY_GROUPS[city.role] }));
    return selectField({ id: 'register-cityId', name: 'cityId', label: 'City', error: this.error, options, placeholder: 'Choose your city…' });
  }

  render() {
    const registering = this.mode === 'register';
    return html`<main class="sign-in" id="main" data-title=${registering ? 'Register' : 'Log in'}>
      <h1>Urbis</h1>
      <p class="tagline">Cities learning from cities: boards, best practices and live chat.</p>
      ${this.notice && !this.error ? html`<problem-note .error=${this.notice}></problem-note>` : ''}
      <div class="tabs" role="group" aria-label="Sign in or register">
        <button type="button" aria-pressed=${registering ? 'false' : 'true'} @click=${() => this.switchTo('login')}>Log in</button>
        <button type="button" aria-pressed=${registering ? 'true' : 'false'} @click=${() => this.switchTo('register')}>Register</button>
      </div>
      <form @submit=${this.submit} novalidate aria-label=${registering ? 'Register' : 'Log in'}>
        ${this.field('username', 'Username', { autocomplete: 'username' })}
        ${registering ? this.field('displayName', 'Display name', { autocomplete: 'name' }) : ''}
        ${this.field('password', registering ? 'Password (10 characters or more)' : 'Password',
          { type: 'password', autocomplete: registering ? 'new-password' : 'current-password' })}
        ${registering ? this.cityPicker() : ''}
        ${registering && this.inviteNeeded ? this.field('inviteCode', 'Invitation code', { required: false }) : ''}
        <problem-note .error=${this.error}></problem-note>
        <button type="submit" ?disabled=${this.busy}>${registering ? 'Create account' : 'Log in'}</button>
      </form>
    </main>`;
  }
}
customElements.define('sign-in', SignIn);
