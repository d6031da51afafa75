import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { textareaField } from './form-fields.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** Report a post or chat message to the moderators with a reason. Fires `done` when sent or cancelled. */
export class ReportForm extends UrbisElement {
  static properties = {
    targetType: { attribute: false },
    targetId: { attribute: false },
    error: { state: true },
    sent: { state: true },
  };

  firstUpdated() {
    this.querySelector('textarea').focus();
  }

  async submit(event) {
    event.preventDefault();
    const reason = new FormData(event.target).get('reason').trim();
    try {
      await api('/api/reports', { method: 'POST', body: { targetType: this.targetType, targetId: this.targetId, reason } });
      this.sent = true;
    } catch (error) {
      this.error = error;
    }
  }

  done() {
    this.dispatchEvent(new CustomEvent('done', { bubbles: true }));
  }

  render() {
    if (this.sent) {
      return html`<p class="notice" role="status">${t('reportForm.thanks')}
        <button type="button" class="link" @click=${this.done}>${t('reportForm.close')}</button></p>`;
    }
    return html`<form class="inline-form" @submit=${this.submit}>
      ${textareaField({ id: `report-${this.targetType}-${this.targetId}`, name: 'reason', label: t('reportForm.reason'), error: this.error, rows: 2 })}
      <problem-note .error=${this.error}></problem-note>
      <div class="actions">
        <button type="submit">${t('reportForm.send')}</button>
        <button type="button" class="secondary" @click=${this.done}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }
}
customElements.define('report-form', ReportForm);
