import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { byteSize, dataUrl, fetchFile } from '../lib/files.js';
import { t } from '../lib/i18n.js';

/** The files attached to a post: a preview where there is one, and a download button for each. */
export class FileList extends UrbisElement {
  static properties = { files: { attribute: false }, previews: { state: true }, error: { state: true } };

  constructor() {
    super();
    this.files = [];
    this.previews = {};
  }

  updated(changed) {
    if (changed.has('files')) {
      for (const file of this.files ?? []) {
        if (file.preview && !(file.id in this.previews)) {
          this.previews = { ...this.previews, [file.id]: null };
          fetchFile(file.preview).then(dataUrl)
            .then((url) => { this.previews = { ...this.previews, [file.id]: url }; })
            .catch(() => { /* no preview: the name and the download stay */ });
        }
      }
    }
  }

  async download(file) {
    try {
      const url = URL.createObjectURL(await fetchFile(`/api/files/${file.id}`));
      const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.error = null;
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    if (!this.files?.length) {
      return '';
    }
    return html`<ul class="files">
      ${this.files.map((file) => html`<li class="file" data-id=${file.id}>
        ${this.previews[file.id] ? html`<img class="file-preview" src=${this.previews[file.id]} alt=${t('files.previewOf', { name: file.name })}>` : ''}
        <button type="button" class="link" @click=${() => this.download(file)}>${file.name}</button>
        <span class="muted">${byteSize(file.size)}</span>
      </li>`)}
    </ul>
    ${this.error ? html`<p class="error" role="alert">${this.error.message}</p>` : ''}`;
  }
}
customElements.define('file-list', FileList);
