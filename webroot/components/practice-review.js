import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { when } from '../lib/format.js';
import { loadCities } from '../lib/reference.js';
import { EVIDENCE_LABELS, STATUS_LABELS, cityLink } from '../lib/cities.js';
import { selectField, textareaField } from './form-fields.js';
import './practice-adoptions.js';
import './problem-note.js';
import { t, tParts } from '../lib/i18n.js';

/**
 * A practice's review: its status and evidence, the moves the caller may make (the server decides; these are the
 * ones it would accept), what a city needs to adopt it and the lessons learned, and the timeline of every move.
 * Fires `changed` with the Thread the server answers.
 */
export class PracticeReview extends UrbisElement {
  static properties = {
    thread: { attribute: false },
    me: { attribute: false },
    history: { state: true },
    cities: { state: true },
    editingNotes: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('thread')) {
      api(`/api/practices/${this.thread.id}/history`)
        .then((page) => { this.history = page.items; })
        .catch((error) => { this.error = error; });
    }
  }

  connectedCallback() {
    super.connectedCallback();
    loadCities().then((cities) => { this.cities = cities; }).catch(() => {});
  }

  isAuthor() {
    return this.thread.author.id === this.me?.id;
  }

  mayReview() {
    const moderates = this.me?.role === 'moderator' || this.me?.role === 'admin';
    const otherCitysMentor = this.me?.role === 'mentor' && this.me.cityId !== this.thread.practice.cityId;
    return !this.isAuthor() && (moderates || otherCitysMentor);
  }

  mayDecide() {
    const reviewer = this.thread.practice.reviewer;
    return this.mayReview() && (reviewer?.id === this.me.id || this.me.role === 'moderator' || this.me.role === 'admin');
  }

  async move(body) {
    try {
      const thread = await api(`/api/practices/${this.thread.id}/transitions`, { method: 'POST', body });
      this.error = null;
      this.dispatchEvent(new CustomEvent('changed', { detail: thread, bubbles: true }));
    } catch (error) {
      this.error = error;
    }
  }

  decide(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const to = event.submitter?.value;
    const note = form.get('note')?.trim() || undefined;
    this.move(to === 'validated' ? { to, evidence: form.get('evidence'), note } : { to, note });
  }

  async saveNotes(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const thread = await api(`/api/practices/${this.thread.id}`, { method: 'PATCH',
        body: { transferability: form.get('transferability'), lessons: form.get('lessons') } });
      this.editingNotes = false;
      this.dispatchEvent(new CustomEvent('changed', { detail: thread, bubbles: true }));
    } catch (error) {
      this.error = error;
    }
  }

  actions() {
    const status = this.thread.practice.status;
    if (this.isAuthor() && (status === 'draft' || status === 'returned')) {
      return html`<button type="button" class="submit-practice" @click=${() => this.move({ to: 'submitted' })}>
        ${status === 'draft' ? t('review.submit') : t('review.resubmit')}</button>`;
    }
    if (status === 'submitted' && this.mayReview()) {
      return html`<button type="button" class="claim-practice" @click=${() => this.move({ to: 'in_review' })}>${t('review.claim')}</button>`;
    }
    if (status === 'in_review' && this.mayDecide()) {
      return html`<form class="review-decision" @submit=${this.decide}>
        ${selectField({ id: 'review-evidence', name: 'evidence', label: t('review.evidence'), value: 'piloted',
          options: Object.entries(EVIDENCE_LABELS).map(([value, label]) => ({ value, label })), error: this.error })}
        ${textareaField({ id: 'review-note', name: 'note', label: t('review.note'), error: this.error })}
        <button type="submit" value="validated">${t('review.validate')}</button>
        <button type="submit" value="returned">${t('review.return')}</button>
      </form>`;
    }
    return '';
  }

  notes() {
    const practice = this.thread.practice;
    if (this.editingNotes) {
      return html`<form class="practice-notes-form" @submit=${this.saveNotes}>
        ${textareaField({ id: 'practice-transferability', name: 'transferability', label: t('review.transferability'), value: practice.transferability, rows: 4 })}
        ${textareaField({ id: 'practice-lessons', name: 'lessons', label: t('review.lessonsLabel'), value: practice.lessons, rows: 4 })}
        <button type="submit">${t('common.save')}</button>
        <button type="button" @click=${() => { this.editingNotes = false; }}>${t('common.cancel')}</button>
      </form>`;
    }
    return html`<dl class="practice-notes">
      <dt>${t('review.transferability')}</dt><dd class="prose transferability">${practice.transferability || '—'}</dd>
      <dt>${t('review.lessons')}</dt><dd class="prose lessons">${practice.lessons || '—'}</dd>
    </dl>
    ${this.isAuthor() ? html`<button type="button" @click=${() => { this.editingNotes = true; }}>${t('review.editNotes')}</button>` : ''}`;
  }

  render() {
    const practice = this.thread.practice;
    return html`<section class="practice-review" aria-label=${t('review.label')}>
      <p class="review-status">
        <span class="badge status ${practice.status}">${STATUS_LABELS[practice.status]}</span>
        ${practice.evidence ? html`<span class="badge evidence ${practice.evidence}">${EVIDENCE_LABELS[practice.evidence]}</span>` : ''}
        ${practice.reviewer ? html`<span class="muted">${t('review.reviewer')} <a href="#/users/${practice.reviewer.id}">${practice.reviewer.displayName}</a>
          (${cityLink(this.cities, practice.reviewer.cityId)})</span>` : ''}
      </p>
      ${this.notes()}
      <problem-note .error=${this.error}></problem-note>
      ${this.actions()}
      <h2>${t('review.timeline')}</h2>
      ${this.history?.length === 0 ? html`<p class="muted">${t('review.notSubmitted')}</p>` : ''}
      <ol class="review-timeline">${(this.history ?? []).map((step) => html`<li data-to=${step.to}>
        <time datetime=${step.at}>${when(step.at)}</time>
        <strong>${STATUS_LABELS[step.to]}</strong>${step.evidence ? html` · ${EVIDENCE_LABELS[step.evidence]}` : ''}
        ${tParts('review.by', { name: html`<a href="#/users/${step.actor.id}">${step.actor.displayName}</a>` })}
        ${step.note ? html`<blockquote class="prose">${step.note}</blockquote>` : ''}
      </li>`)}</ol>
      <practice-adoptions .thread=${this.thread} .me=${this.me}></practice-adoptions>
    </section>`;
  }
}
customElements.define('practice-review', PracticeReview);
