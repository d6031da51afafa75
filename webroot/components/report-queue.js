import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { when } from '../lib/format.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';

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
    const what = report.targetType === 'post' ? 'post' : 'message';
    return html`<form class="confirm-delete" @submit=${(event) => this.confirmDelete(event, report)}>
      <p><strong>Delete this ${what}?</strong> Its author and readers will see that it was deleted.</p>
      <label for="delete-note-${report.id}">Note for the audit log (optional)</label>
      <textarea id="delete-note-${report.id}" name="note" rows="2" maxlength="1000"></textarea>
      <div class="actions">
        <button type="submit" class="danger">Yes, delete the ${what}</button>
        <button type="button" class="secondary" @click=${() => { this.confirming = null; }}>Keep it</button>
      </div>
    </form>`;
  }

  context(report) {
    const { content, context } = report;
    const where = context?.threadId
      ? html`in <a href="#/threads/${context.threadId}">${context.threadTitle}</a>`
      : context?.roomId ? html`in <a href="#/rooms/${context.roomId}"># ${context.roomName}</a>` : '';
    if (!content) {
      return html`<p class="muted">${report.targetType === 'post' ? 'Post' : 'Chat message'} #${report.targetId} ${where}</p>`;
    }
    return html`<blockquote class="report-target">
      <p class="meta">${content.author ? html`<a href="#/users/${content.author.id}">${content.author.displayName}</a>` : 'Someone'} wrote ${where}:</p>
      ${content.deleted ? html`<p class="muted">Already deleted.</p>` : html`<div class="rendered">${sanitizedHtml(content)}</div>`}
    </blockquote>`;
  }

  render() {
    if (!this.me.can?.moderate) {
      return html`<section class="view"><h1>Reports</h1><p>Only moderators see the reports queue.</p></section>`;
    }
    const list = this.list;
    return html`<section class="view">
      <h1>Reports</h1>
      <ol class="reports">
        ${list.items.map((report) => html`<li class="card report">
          <p><strong>${report.reporter.displayName}</strong> reported this ${report.targetType === 'post' ? 'post' : 'message'}
            <time datetime=${report.createdAt} class="muted">${when(report.createdAt)}</time>:</p>
          <p class="reason">“${report.reason}”</p>
          ${this.context(report)}
          <problem-note .error=${this.errors.get(report.id)}></problem-note>
          ${this.confirming === report.id ? this.deleteForm(report) : html`<div class="actions">
            <button type="button" class="secondary" @click=${() => this.resolve(report, 'dismiss')}>Dismiss</button>
            <button type="button" class="danger" @click=${() => this.askToDelete(report)}>Delete the ${report.targetType === 'post' ? 'post' : 'message'}</button>
          </div>`}
        </li>`)}
      </ol>
      ${list.done && list.items.length === 0 && !list.error ? html`<p class="muted">No open reports. All quiet.</p>` : ''}
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" @click=${() => list.more()}>Load more reports</button></div>`}
    </section>`;
  }
}
customElements.define('report-queue', ReportQueue);
