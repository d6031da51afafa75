import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;

/** The server could not be reached, or failed on its side: worth asking again. */
function transient(error) {
  return error?.status === 0 || error?.status >= 500;
}

/**
 * A view's one error, with a Retry button. While the server cannot be reached (or answers 5xx) it calls `retry`
 * by itself, waiting 1, 2, 4 … up to 30 s between tries, and at once when the browser comes back online.
 */
export class ProblemRetry extends UrbisElement {
  static properties = { error: { attribute: false }, retry: { attribute: false } };

  constructor() {
    super();
    this.delay = FIRST_DELAY_MS;
    this.onOnline = () => this.again();
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  willUpdate(changed) {
    if (!changed.has('error')) {
      return;
    }
    clearTimeout(this.timer);
    if (!this.error) {
      this.delay = FIRST_DELAY_MS;
    } else if (transient(this.error)) {
      this.timer = setTimeout(() => this.again(), this.delay);
      this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
    }
  }

  again() {
    clearTimeout(this.timer);
    if (this.error) {
      this.retry?.();
    }
  }

  render() {
    if (!this.error) {
      return html``;
    }
    return html`<problem-note .error=${this.error}></problem-note>
      ${transient(this.error) ? html`<p class="retry"><button type="button" class="secondary" @click=${() => this.again()}>${t('problem.retry')}</button>
        <span class="muted">${t('problem.retrying')}</span></p>` : ''}`;
  }
}
customElements.define('problem-retry', ProblemRetry);
