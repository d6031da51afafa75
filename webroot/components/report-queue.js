import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { timeAgo } from '../lib/format.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';
import { t, tParts } from '../lib/i18n.js';

/**
 * Open reports as the server pages them, each with its context (the reported post or message, its thread or room),
 * a one-click dismiss, and a delete that asks to confirm and takes a note (kept with the resolution and in the audit log).
 */
export class ReportQueue extends UrbisElement {
  static properties = { me: { attribute: false }, errors: { state: true }, confirming: { state: true } };

  constructor() {
    super();
    this.errors = new Map();
  }

  connectedCallback() {
    super.connectedCallback();
    this.list ??= new PagedList(this, '/api/moderation/reports?status=open');
    if (this.me.can?.moderate) {
      this.list.more();
    }
  }


  async resolve(report, action, note = '') {
    try {
      const body = note.trim() ? { action, note: note.trim() } : { action };
      await api(`/api/moderation/reports/${report.id}/resolve`, { method: 'POST', body });
      this.confirming = null;
      this.list.items = this.list.items.filter((item) => item.id !== report.id);
      this.requestUpdate();
    } catch (error) {
      this.errors = new Map(this.errors).set(report.id, error);
    }
  }

  /** Asks before deleting, with a place for the moderator's note; focus goes to the note. */
  askToDelete(report) {
    this.confirming = report.id;
    this.updateComplete.then(() => this.querySelector(`#delete-note-${report.id}`)?.focus());
  }

  confirmDelete(event, report) {
    event.preventDefault();
    this.resolve(report, 'delete', new FormData(event.target).get('note'));
  }

  deleteForm(report) {
    const post = report.targetType === 'post';
    return html`<form class="confirm-delete" @submit=${(event) => this.confirmDelete(event, report)}>
      <p><strong>${t(post ? 'reports.confirmPost' : 'reports.confirmMessage')}</strong> ${t('reports.confirmExplain')}</p>
      <label for="delete-note-${report.id}">${t('reports.note')}</label>
      <textarea id="delete-note-${report.id}" name="note" rows="2" maxlength="1000"></textarea>
      <div class="actions">
        <button type="submit" class="danger">${t(post ? 'reports.yesPost' : 'reports.yesMessage')}</button>
        <button type="button" class="secondary" @click=${() => { this.confirming = null; }}>${t('reports.keep')}</button>
      </div>
    </form>`;
  }

  context(report) {
    const { content, context } = report;
    const where = context?.threadId
      ? tParts('reports.inThread', { title: html`<a href="#/threads/${context.threadId}">${context.threadTitle}</a>` })
      : context?.roomId ? tParts('reports.inThread', { title: html`<a href="#/rooms/${context.roomId}"># ${context.roomName}</a>` }) : '';
    if (!content) {
      return html`<p class="muted">${t(report.targetType === 'post' ? 'reports.post' : 'reports.message', { id: report.targetId })} ${where}</p>`;
    }
    return html`<blockquote class="report-target">
      <p class="meta">${tParts('reports.wrote', { name: content.author ? html`<a href="#/users/${content.author.id}">${content.author.displayName}</a>` : t('reports.someone') })} ${where}:</p>
      ${content.deleted ? html`<p class="muted">${t('reports.alreadyDeleted')}</p>` : html`<div class="rendered">${sanitizedHtml(content)}</div>`}
    </blockquote>`;
  }

  render() {
    if (!this.me.can?.moderate) {
      return html`<section class="view"><h1>${t('reports.title')}</h1><p>${t('reports.onlyModerators')}</p></section>`;
    }
    const list = this.list;
    return html`<section class="view">
      <h1>${t('reports.title')}</h1>
      <ol class="reports">
        ${list.items.map((report) => html`<li class="card report">
          <p>${t(report.targetType === 'post' ? 'reports.reportedPost' : 'reports.reportedMessage', { name: report.reporter.displayName })}
            <span class="muted">${timeAgo(report.createdAt)}</span>:</p>
          <p class="reason">“${report.reason}”</p>
          ${this.context(report)}
          <problem-note .error=${this.errors.get(report.id)}></problem-note>
          ${this.confirming === report.id ? this.deleteForm(report) : html`<div class="actions">
            <button type="button" class="secondary" @click=${() => this.resolve(report, 'dismiss')}>${t('reports.dismiss')}</button>
            <button type="button" class="danger" @click=${() => this.askToDelete(report)}>${t(report.targetType === 'post' ? 'reports.deletePost' : 'reports.deleteMessage')}</button>
          </div>`}
        </li>`)}
      </ol>
      ${list.done && list.items.length === 0 && !list.error ? html`<p class="muted">${t('reports.empty')}</p>` : ''}
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" @click=${() => list.more()}>${t('reports.loadMore')}</button></div>`}
    </section>`;
  }
}
customElements.define('report-queue', ReportQueue);
