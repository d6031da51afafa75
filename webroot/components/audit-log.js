import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { timeAgo } from '../lib/format.js';
import { actionText, targetLink, detailList } from '../lib/audit-text.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

/** The moderation audit log, newest first: who did what to which target, and when. */
export class AuditLog extends UrbisElement {
  static properties = { me: { attribute: false } };

  connectedCallback() {
    super.connectedCallback();
    this.list ??= new PagedList(this, '/api/moderation/audit');
    if (this.me.can?.moderate) {
      this.list.more();
    }
  }


  render() {
    if (!this.me.can?.moderate) {
      return html`<section class="view"><h1>${t('audit.title')}</h1><p>${t('audit.onlyModerators')}</p></section>`;
    }
    const list = this.list;
    return html`<section class="view">
      <h1>${t('audit.title')}</h1>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">${t('audit.column.when')}</th><th scope="col">${t('audit.column.who')}</th><th scope="col">${t('audit.column.action')}</th><th scope="col">${t('audit.column.target')}</th><th scope="col">${t('audit.column.detail')}</th></tr></thead>
          <tbody>${list.items.map((entry) => html`<tr>
            <td>${timeAgo(entry.at)}</td>
            <td><a href="#/users/${entry.actor.id}">${entry.actor.displayName}</a></td>
            <td>${actionText(entry.action)}</td>
            <td>${targetLink(entry)}</td>
            <td class="detail">${detailList(entry)}</td>
          </tr>`)}</tbody>
        </table>
      </div>
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading} @click=${() => list.more()}>${t('audit.loadOlder')}</button></div>`}
    </section>`;
  }
}
customElements.define('audit-log', AuditLog);
