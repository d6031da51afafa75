import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { t } from '../lib/i18n.js';
import { inputField, selectField } from './form-fields.js';
import './md-composer.js';
import './problem-note.js';

const AUDIENCES = ['all', 'challenge', 'fellow', 'mentor'];

/** Moderators, admins and mentors post an announcement to a cohort (#/announce); each city of it acknowledges once. */
export class AnnouncementForm extends UrbisElement {
  static properties = { me: { attribute: false }, boards: { state: true }, error: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.boards = [];
  }

  connectedCallback() {
    super.connectedCallback();
    api('/api/boards').then((page) => { this.boards = page.items; }).catch((error) => { this.error = error; });
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const board = form.get('boardId');
    this.busy = true;
    try {
      const started = await api(`/api/boards/${encodeURIComponent(board)}/threads`, { method: 'POST', body: {
        kind: 'announcement', audience: form.get('audience'), title: form.get('title'), body: this.querySelector('md-composer').value } });
      navigate(`/threads/${started.thread.id}`);
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!['mentor', 'moderator', 'admin'].includes(this.me?.role)) {
      return html`<section class="view"><h1>${t('announce.title')}</h1><p>${t('announce.forbidden')}</p></section>`;
    }
    return html`<section class="view announcement-form">
      <h1>${t('announce.title')}</h1>
      <form class="stack" @submit=${this.submit} novalidate>
        ${selectField({ id: 'announce-board', name: 'boardId', label: t('announce.board'), error: this.error,
          options: this.boards.map((board) => ({ value: board.id, label: board.name })) })}
        ${selectField({ id: 'announce-audience', name: 'audience', label: t('announce.audience'), error: this.error,
          options: AUDIENCES.map((value) => ({ value, label: t(`dashboard.cohort.${value}`) })) })}
        ${inputField({ id: 'announce-title', name: 'title', label: t('announce.titleField'), error: this.error })}
        <md-composer label=${t('announce.body')} name="body" rows="6" .error=${this.error?.field?.('body')}></md-composer>
        <problem-note .error=${this.error}></problem-note>
        <button type="submit" ?disabled=${this.busy}>${t('announce.submit')}</button>
      </form>
    </section>`;
  }
}
customElements.define('announcement-form', AnnouncementForm);
