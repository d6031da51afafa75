import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { link } from '../lib/router.js';
import { formatDateTime, formatDay, t } from '../lib/i18n.js';
import { loadNames, nameOf } from '../lib/reference.js';
import { cityLink } from '../lib/cities.js';
import { inputField, selectField, textareaField } from './form-fields.js';
import './problem-note.js';

const STATUSES = ['open', 'matched', 'closed'];

/** Who may offer help: a mentor, or a coordinator, of a city other than the asking one (ProgrammePolicy.canAccept). */
function mayAccept(me, request) {
  return request.status === 'open' && (me?.role === 'mentor' || me?.cityRole === 'coordinator') && me?.cityId !== request.cityId;
}

/** Who may close it: its author, the asking city's coordinators, moderators and admins. */
function mayClose(me, request) {
  return request.status !== 'closed' && (me?.id === request.author.id
    || (me?.cityRole === 'coordinator' && me?.cityId === request.cityId) || ['moderator', 'admin'].includes(me?.role));
}

/** "Ask the network" (#/requests?status=&theme=): the requests with their suggested helpers, a form to ask, accept and close. */
export class RequestList extends UrbisElement {
  static properties = {
    me: { attribute: false },
    status: { attribute: false },
    theme: { attribute: false },
    items: { state: true },
    next: { state: true },
    names: { state: true },
    error: { state: true },
    formError: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.names = { cities: [], themes: [] };
  }

  connectedCallback() {
    super.connectedCallback();
    loadNames().then((names) => { this.names = names; }).catch((error) => { this.error = error; });
  }

  willUpdate(changed) {
    if (changed.has('status') || changed.has('theme')) {
      this.items = undefined;
      this.load();
    }
  }

  async load(cursor = null) {
    const query = new URLSearchParams(Object.entries({ status: this.status, theme: this.theme, cursor }).filter(([, v]) => v));
    try {
      const page = await api(`/api/requests?${query}`);
      this.items = cursor ? [...this.items, ...page.items] : page.items;
      this.next = page.next;
    } catch (error) {
      this.error = error;
    }
  }

  filter(changes) {
    location.hash = link('/requests', { status: this.status, theme: this.theme, ...changes });
  }

  replace(updated) {
    this.items = this.items.map((item) => (item.id === updated.id ? updated : item));
  }

  async ask(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    try {
      const created = await api('/api/requests', { method: 'POST', body: {
        theme: form.get('theme'), title: form.get('title'), need: form.get('need'), by: form.get('by') || null } });
      this.formError = null;
      event.target.reset();
      this.items = [created, ...(this.items ?? [])];
    } catch (error) {
      this.formError = error;
    } finally {
      this.busy = false;
    }
  }

  async act(request, action, body = {}) {
    try {
      this.replace(await api(`/api/requests/${encodeURIComponent(request.id)}/${action}`, { method: 'POST', body }));
      this.error = null;
    } catch (error) {
      this.error = error;
    }
  }

  close(event, request) {
    event.preventDefault();
    this.act(request, 'close', { outcome: new FormData(event.target).get('outcome') });
  }

  askForm() {
    if (!this.me?.cityId) {
      return html`<p class="muted">${t('requests.form.noCity')}</p>`;
    }
    return html`<details class="request-ask"><summary>${t('requests.form.heading')}</summary>
      <form class="stack" @submit=${this.ask} novalidate>
        ${selectField({ id: 'request-theme', name: 'theme', label: t('requests.form.theme'), error: this.formError, placeholder: t('requests.form.chooseTheme'),
          options: this.names.themes.map((theme) => ({ value: theme.id, label: theme.name })) })}
        ${inputField({ id: 'request-title', name: 'title', label: t('requests.form.title'), error: this.formError })}
        ${textareaField({ id: 'request-need', name: 'need', label: t('requests.form.need'), error: this.formError, rows: 4 })}
        ${inputField({ id: 'request-by', name: 'by', label: t('requests.form.by'), type: 'date', required: false, error: this.formError })}
        <problem-note .error=${this.formError}></problem-note>
        <button type="submit" ?disabled=${this.busy}>${t('requests.form.submit')}</button>
      </form>
    </details>`;
  }

  suggestion(suggestion) {
    return html`<li>${cityLink(this.names.cities, suggestion.cityId)}
      <span class="muted">${t(`requests.why.${suggestion.reason}`, { count: suggestion.count })}</span></li>`;
  }

  request(request) {
    return html`<li class="request" data-request=${request.id}>
      <article aria-labelledby="request-${request.id}-title">
        <h2 id="request-${request.id}-title">${request.title}
          <span class="badge request-status ${request.status}">${t(`requests.status.${request.status}`)}</span></h2>
        <p class="muted">${t('requests.askedBy', { name: request.author.displayName, city: nameOf(this.names.cities, request.cityId) })}
          · ${nameOf(this.names.themes, request.theme)} · <time datetime=${request.createdAt}>${formatDateTime(request.createdAt)}</time>
          ${request.by ? html` · ${t('requests.by', { date: formatDay(request.by) })}` : ''}</p>
        <p class="request-need">${request.need}</p>
        ${request.helper ? html`<p>${t('requests.helper', { name: request.helper.displayName })}
          ${request.roomId ? html` · <a href="#/rooms/${request.roomId}">${t('requests.openRoom')}</a>` : ''}</p>` : ''}
        ${request.outcome ? html`<p class="request-outcome">${t('requests.outcome', { outcome: request.outcome })}</p>` : ''}
        ${request.status === 'open' && request.suggestions.length ? html`<h3>${t('requests.suggestions')}</h3>
          <ul class="suggestions">${request.suggestions.map((suggestion) => this.suggestion(suggestion))}</ul>` : ''}
        <div class="actions">
          ${mayAccept(this.me, request) ? html`<button type="button" class="accept" @click=${() => this.act(request, 'accept')}>${t('requests.accept')}</button>` : ''}
          ${mayClose(this.me, request) ? html`<form class="close-request" @submit=${(event) => this.close(event, request)}>
            ${inputField({ id: `request-${request.id}-outcome`, name: 'outcome', label: t('requests.close.label') })}
            <button type="submit" class="secondary">${t('requests.close.submit')}</button>
          </form>` : ''}
        </div>
      </article>
    </li>`;
  }

  render() {
    return html`<section class="view request-list">
      <h1>${t('requests.title')}</h1>
      <p>${t('requests.intro')}</p>
      ${this.askForm()}
      <div class="filters">
        ${selectField({ id: 'request-status-filter', name: 'status', label: t('requests.filter.status'), value: this.status, placeholder: t('requests.filter.allStatuses'),
          options: STATUSES.map((value) => ({ value, label: t(`requests.status.${value}`) })), onChange: (event) => this.filter({ status: event.target.value }) })}
        ${selectField({ id: 'request-theme-filter', name: 'theme', label: t('requests.filter.theme'), value: this.theme, placeholder: t('requests.filter.allThemes'),
          options: this.names.themes.map((theme) => ({ value: theme.id, label: theme.name })), onChange: (event) => this.filter({ theme: event.target.value }) })}
      </div>
      <problem-note .error=${this.error}></problem-note>
      ${this.items === undefined && !this.error ? html`<p class="muted">${t('requests.loading')}</p>` : ''}
      ${this.items?.length === 0 ? html`<p class="muted">${t('requests.empty')}</p>` : ''}
      <ul class="requests">${(this.items ?? []).map((request) => this.request(request))}</ul>
      ${this.next ? html`<button type="button" class="secondary" @click=${() => this.load(this.next)}>${t('requests.more')}</button>` : ''}
    </section>`;
  }
}
customElements.define('request-list', RequestList);
