import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { when } from '../lib/format.js';
import { t } from '../lib/i18n.js';

/** A problem+json error (or any Error) as a readable message, announced to screen readers. */
export class ProblemNote extends UrbisElement {
  static properties = { error: { attribute: false } };

  render() {
    if (!this.error) {
      return html``;
    }
    const problem = this.error.problem ?? {};
    if (this.error.suspended || String(problem.type).endsWith('/problems/suspended')) {
      return html`<div class="problem" role="alert">
        <strong>${t('problem.suspended')}</strong>
        ${problem.suspendedUntil ? t('problem.suspendedUntil', { time: when(problem.suspendedUntil) }) : t('problem.suspendedIndefinitely')}
        ${problem.reason ? html`<br>${t('problem.reason')} <q class="reason">${problem.reason}</q>` : ''}
      </div>`;
    }
    // the detail speaks to the reader; a title such as "Authentication required" only when there is no detail
    return html`<p class="problem" role="alert">${this.error.message}</p>`;
  }
}
customElements.define('problem-note', ProblemNote);

/** The message beside one form field, linked to it by id for aria-describedby. */
export function fieldError(error, field, id) {
  const message = error?.field?.(field);
  return message ? html`<p class="field-error" id=${id}>${message}</p>` : '';
}
