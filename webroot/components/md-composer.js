import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { markdownPreview } from '../lib/markdown.js';
import { readDraft, saveDraft, clearDraft } from '../lib/drafts.js';
import './mention-suggest.js';
import { t } from '../lib/i18n.js';

let composers = 0;

/**
 * A labelled markdown textarea with a live preview under it and mention autocomplete. Fires `input` like a field; `value` is the source.
 * The preview approximates the server's renderer; the post shows the server's sanitized render once saved.
 * With a `draft` key (e.g. `thread:12:reply:end`) the text is kept as a draft of that place until `clear()`.
 */
export class MdComposer extends UrbisElement {
  static properties = {
    label: {},
    name: {},
    value: {},
    error: {},
    rows: { type: Number },
    draft: {},
  };

  constructor() {
    super();
    this.uid = `composer-${++composers}`;
    this.value = '';
    this.rows = 5;
  }

  willUpdate(changed) {
    if (changed.has('draft') && this.draft) {
      this.value = readDraft(this.draft);
    }
  }

  input(event) {
    this.value = event.target.value;
    if (this.draft) {
      saveDraft(this.draft, this.value);
    }
  }

  /** After a successful submit: empty, and no draft left behind. */
  clear() {
    this.value = '';
    if (this.draft) {
      clearDraft(this.draft);
    }
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
        aria-invalid=${this.error ? 'true' : 'false'} aria-describedby=${this.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @input=${this.input}></textarea>
      <mention-suggest></mention-suggest>
      <p class="hint" id="${id}-hint">${t('md.hint')}</p>
      ${this.error ? html`<p class="field-error" id="${id}-error">${this.error}</p>` : ''}
      ${this.value.trim() ? html`<div class="preview" aria-label=${t('md.preview')} role="region">
        <span class="preview-label">${t('md.preview')}</span>
        <div class="rendered">${markdownPreview(this.value)}</div>
      </div>` : ''}
    </div>`;
  }
}
customElements.define('md-composer', MdComposer);
