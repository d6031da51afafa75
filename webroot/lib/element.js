import { LitElement } from 'lit';
import { LOCALE_EVENT } from './i18n.js';

/**
 * Every Urbis component renders into the light DOM, so the one stylesheet (styles.css, plain CSS with custom
 * properties) styles the whole page and the CSP needs no inline or constructed styles. Every component renders
 * again when the reader switches language, so no text stays in the old one.
 */
export class UrbisElement extends LitElement {
  #relocalize = () => this.requestUpdate();

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener(LOCALE_EVENT, this.#relocalize);
  }

  disconnectedCallback() {
    window.removeEventListener(LOCALE_EVENT, this.#relocalize);
    super.disconnectedCallback();
  }
}
