import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { t, formatDateTime } from '../lib/i18n.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';

/**
 * The mail outbox for admins (`GET /api/admin/outbox`), newest first: who a mail is for, its subject, and how
 * sending has gone. Without an SMTP server every mail stays here, pending, so e-mail can be seen without one.
 */
export class OutboxView extends UrbisElement {
  static properties = { me: { attribute: false } };

  connectedCallback() {
    super.connectedCallback();
    this.list ??= new PagedList(this, '/api/admin/outbox');
    if (this.me.role === 'admin') {
      this.list.more();
    }
  }

  render() {
    if (this.me.role !== 'admin') {
      return html`<section class="view"><h1>${t('outbox.title')}</h1><p>${t('outbox.adminsOnly')}</p></section>`;
    }
    const list = this.list;
    return html`<section class="view">
      <h1>${t('outbox.title')}</h1>
      <p>${t('outbox.intro')}</p>
      ${list.done && list.items.length === 0 ? html`<p>${t('outbox.empty')}</p>` : html`<div class="table-wrap">
        <table>
          <thead><tr>
            <th scope="col">${t('outbox.created')}</th><th scope="col">${t('outbox.recipient')}</th>
            <th scope="col">${t('outbox.subject')}</th><th scope="col">${t('outbox.status')}</th>
            <th scope="col">${t('outbox.attempts')}</th><th scope="col">${t('outbox.lastError')}</th>
          </tr></thead>
          <tbody>${list.items.map((mail) => html`<tr>
            <td><time datetime=${mail.createdAt}>${formatDateTime(mail.createdAt)}</time></td>
            <td>${mail.recipient}</td>
            <td>${mail.subject}</td>
            <td>${t(`outbox.status.${mail.status}`)}</td>
            <td>${mail.attempts}</td>
            <td>${mail.lastError ?? ''}</td>
          </tr>`)}</tbody>
        </table>
      </div>`}
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading} @click=${() => list.more()}>${t('outbox.more')}</button></div>`}
    </section>`;
  }
}
customElements.define('outbox-view', OutboxView);
