import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';

/**
 * A message of mine the server has not stored yet: "Sending…", or why it was not sent, with Retry, Edit (back into
 * the composer) and Dismiss. Fires `retry`, `edit` and `dismiss`.
 */
export class PendingMessage extends UrbisElement {
  static properties = { clientId: { attribute: false }, pending: { attribute: false } };

  fire(name) {
    this.dispatchEvent(new CustomEvent(name));
  }

  render() {
    const { body, error } = this.pending;
    return html`<div class="chat-message own pending ${error ? 'failed' : ''}" data-client-id=${this.clientId}>
      <p class="body">${body}</p>
      ${error ? html`<p class="field-error" role="alert">${t('pending.notSent', { error })}</p>
        <div class="message-actions">
          <button type="button" class="link" @click=${() => this.fire('retry')}>${t('pending.retry')}</button>
          <button type="button" class="link" @click=${() => this.fire('edit')}>${t('common.edit')}</button>
          <button type="button" class="link" @click=${() => this.fire('dismiss')}>${t('pending.dismiss')}</button>
        </div>` : html`<p class="muted">${t('pending.sending')}</p>`}
    </div>`;
  }
}
customElements.define('pending-message', PendingMessage);
