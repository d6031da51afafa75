import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { byteSize, uploadFile } from '../lib/files.js';
import { t } from '../lib/i18n.js';

let nextKey = 0;

/**
 * Attach files to what is being written: each chosen file uploads at once with its progress shown, and any may be
 * removed before sending. `ids` are the uploaded files' ids, in the order shown; `busy` while any still uploads.
 */
export class FilePicker extends UrbisElement {
  static properties = { items: { state: true } };

  constructor() {
    super();
    this.items = [];
  }

  get ids() {
    return this.items.filter((item) => item.file).map((item) => item.file.id);
  }

  get busy() {
    return this.items.some((item) => !item.file && !item.error);
  }

  clear() {
    this.items = [];
  }

  choose(event) {
    for (const chosen of event.target.files) {
      const item = { key: nextKey += 1, name: chosen.name, progress: 0 };
      this.items = [...this.items, item];
      uploadFile(chosen, (progress) => this.patch(item, { progress }))
        .then((file) => this.patch(item, { file, progress: 1 }))
        .catch((error) => this.patch(item, { error }));
    }
    event.target.value = '';
  }

  patch(item, changes) {
    Object.assign(item, changes);
    this.items = [...this.items];
  }

  remove(item) {
    this.items = this.items.filter((other) => other !== item);
  }

  render() {
    const id = `files-${this.dataset.for ?? 'composer'}`;
    return html`<div class="file-picker">
      <label for=${id}>${t('files.attach')}</label>
      <input id=${id} type="file" multiple @change=${this.choose}>
      <ul class="attachments">
        ${this.items.map((item) => html`<li class="attachment" data-name=${item.name} data-state=${item.error ? 'failed' : item.file ? 'uploaded' : 'uploading'}>
          <span class="name">${item.name}</span>
          ${item.error
            ? html`<span class="error" role="alert">${item.error.message}</span>`
            : html`<progress max="1" .value=${item.progress} aria-label=${t('files.uploading', { name: item.name })}></progress>
              ${item.file ? html`<span class="muted">${byteSize(item.file.size)}</span>` : ''}`}
          <button type="button" class="secondary" aria-label=${t('files.removeLabel', { name: item.name })} @click=${() => this.remove(item)}>${t('files.remove')}</button>
        </li>`)}
      </ul>
    </div>`;
  }
}
customElements.define('file-picker', FilePicker);
