import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { markdownPreview } from '../lib/markdown.js';
import './mention-suggest.js';

let composers = 0;

/**
 * A labelled markdown textarea with a live preview under it and mention autocomplete. Fires `input` like a field; `value` is the source.
 * The preview approximates the server's renderer; the post shows the server's sanitized render once saved.
 */
export class MdComposer extends UrbisElement {
  static properties = {
    label: {},
    name: {},
    value: {},
    error: {},
    rows: { type: Number },
  };

  constructor() {
    super();
    this.uid = `composer-${++composers}`;
    this.value = '';
    this.rows = 5;
  }

  firstUpdated() {
    this.querySelector('mention-suggest').field = this.querySelector('textarea');
  }

  focus() {
    this.querySelector('textarea')?.focus();
  }

  render() {
    const id = this.uid;
    return html`<div class="composer">
      <label for=${id}>${this.label}</label>
      <textarea id=${id} name=${this.name} rows=${this.rows} .value=${this.value}
        aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error"
        @input=${(event) => { this.value = event.target.value; }}></textarea>
      <mention-suggest></mention-suggest>
      <p class="hint" id="${id}-hint">Markdown: **bold**, *italic*, \`code\`, [link](https://…), lists, &gt; quotes.</p>
      ${this.error ? html`<p class="field-error" id="${id}-error">${this.error}</p>` : ''}
      ${this.value.trim() ? html`<div class="preview" aria-label="Preview" role="region">
        <span class="preview-label">Preview</span>
        <div class="rendered">${markdownPreview(this.value)}</div>
      </div>` : ''}
    </div>`;
  }
}
customElements.define('md-composer', MdComposer);
