import { LitElement } from 'lit';

/**
 * Every Urbis component renders into the light DOM, so the one stylesheet (styles.css, plain CSS with custom
 * properties) styles the whole page and the CSP needs no inline or constructed styles.
 */
export class UrbisElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
