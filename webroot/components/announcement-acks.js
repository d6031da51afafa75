import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { when } from '../lib/format.js';
import { loadCities } from '../lib/reference.js';
import { cityLink, localizedLabels } from '../lib/cities.js';
import './problem-note.js';
import { t, tParts } from '../lib/i18n.js';

const AUDIENCE_LABELS = localizedLabels('acks.audience', ['all', 'challenge', 'fellow', 'mentor']);

/**
 * An announcement's acknowledgements: "14 of 15 challenge cities acknowledged", which are missing, the caller's
 * city's acknowledgement (the server accepts it from whoever speaks for the city) and, for its author and
 * moderators, a reminder to the missing cities' coordinators.
 */
export class AnnouncementAcks extends UrbisElement {
  static properties = {
    thread: { attribute: false },
    me: { attribute: false },
    tally: { state: true },
    cities: { state: true },
    notice: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('thread')) {
      this.load();
    }
  }

  load() {
    Promise.all([api(`/api/threads/${this.thread.id}/acks`), loadCities()])
      .then(([tally, cities]) => { this.tally = tally; this.cities = cities; })
      .catch((error) => { this.error = error; });
  }

  async acknowledge() {
    try {
      await api(`/api/threads/${this.thread.id}/ack`, { method: 'POST' });
      this.error = null;
      this.load();
    } catch (error) {
      this.error = error;
    }
  }

  async remind() {
    try {
      await api(`/api/threads/${this.thread.id}/acks/remind`, { method: 'POST' });
      this.notice = t('acks.reminded');
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const tally = this.tally;
    if (!tally) {
      return html`<problem-note .error=${this.error}></problem-note>`;
    }
    const mine = this.me?.cityId;
    const acknowledged = tally.items.some((item) => item.city.id === mine);
    const waiting = tally.missing.some((city) => city.id === mine);
    const mayRemind = this.thread.author.id === this.me?.id || this.me?.role === 'moderator' || this.me?.role === 'admin';
    return html`<section class="announcement-acks" aria-label=${t('acks.label')}>
      <p class="ack-count"><strong>${t('acks.count', { done: tally.acknowledged, expected: tally.expected, audience: AUDIENCE_LABELS[tally.audience] })}</strong></p>
      ${waiting ? html`<button type="button" class="acknowledge" @click=${this.acknowledge}>${tParts('acks.acknowledgeFor', { city: cityLink(this.cities, mine) })}</button>` : ''}
      ${acknowledged ? html`<p class="muted acknowledged">${t('acks.done')}</p>` : ''}
      <problem-note .error=${this.error}></problem-note>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : ''}
      ${tally.missing.length ? html`<details class="ack-missing"><summary>${t('acks.missing', { count: tally.missing.length })}</summary>
        <ul>${tally.missing.map((city) => html`<li>${cityLink(this.cities, city.id)}</li>`)}</ul></details>` : ''}
      <details class="ack-done"><summary>${t('acks.acknowledged', { count: tally.acknowledged })}</summary>
        <ul>${tally.items.map((item) => html`<li>${cityLink(this.cities, item.city.id)} — ${item.by.displayName}, ${when(item.at)}</li>`)}</ul></details>
      ${mayRemind && tally.missing.length ? html`<button type="button" class="remind" @click=${this.remind}>${t('acks.remind')}</button>` : ''}
    </section>`;
  }
}
customElements.define('announcement-acks', AnnouncementAcks);
