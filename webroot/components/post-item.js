import { html, nothing } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { languageBadge, roleLabel, timeAgo, when } from '../lib/format.js';
import { emojiLabel, emojiList } from '../lib/emoji.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import { loadCities, nameOf } from '../lib/reference.js';
import { link } from '../lib/router.js';
import './md-composer.js';
import './report-form.js';
import './problem-note.js';
import './file-list.js';
import { t, tParts } from '../lib/i18n.js';

/**
 * One post of a thread's reply tree: the server's sanitized HTML, reactions, and the actions the post's `can` offers
 * (reply, edit, delete, report; collapsing its branch is always there). Fires `reply`, `toggle` and `changed`
 * (with the post as the server now answers it).
 */
export class PostItem extends UrbisElement {
  static properties = {
    post: { attribute: false },
    replies: { attribute: false },
    collapsed: { attribute: false },
    emoji: { state: true },
    mode: { state: true },
    error: { state: true },
    cities: { state: true },
    history: { state: true },
    reactors: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    emojiList().then((items) => { this.emoji = items; }).catch((error) => { this.error = error; });
    loadCities().then((cities) => { this.cities = cities; }).catch(() => {});
  }

  /** "(edited)" opens and closes the earlier versions, newest first. */
  toggleHistory() {
    if (this.history) {
      this.history = null;
      return;
    }
    this.run(async () => { this.history = (await api(`/api/posts/${this.post.id}/history`)).items; });
  }

  /** "Who reacted" opens and closes the names behind each reaction. */
  toggleReactors() {
    if (this.reactors) {
      this.reactors = null;
      return;
    }
    this.run(async () => { this.reactors = (await api(`/api/posts/${this.post.id}/reactions`)).items; });
  }

  reactorsPanel() {
    const emoji = this.emoji ?? [];
    return html`<ul class="reactors" id="post-${this.post.id}-reactors" aria-label=${t('post.whoReacted')}>
      ${this.reactors.map(({ emoji: code, users }) => {
        const item = emoji.find((candidate) => candidate.code === code);
        return html`<li><span aria-hidden="true">${item?.glyph ?? code}</span> ${emojiLabel(item, code)}:
          ${users.map((user, index) => html`${index ? ', ' : ''}<a href="#/users/${user.id}">${user.displayName}</a>`)}</li>`;
      })}
    </ul>`;
  }

  historyPanel() {
    return html`<section class="post-history" id="post-${this.post.id}-history" aria-label=${t('post.history')}>
      <h3>${t('post.history')}</h3>
      ${this.history.length === 0 ? html`<p class="muted">${t('post.noHistory')}</p>` : ''}
      <ol>${this.history.map((version) => html`<li>
        <p class="meta">${t('post.historyUntil')} <time datetime=${version.editedAt} title=${when(version.editedAt)}>${when(version.editedAt)}</time>,
          ${tParts('post.changedBy', { name: html`<a href="#/users/${version.editor.id}">${version.editor.displayName}</a>` })}</p>
        <div class="history-body">${version.body}</div>
      </li>`)}</ol>
    </section>`;
  }

  city() {
    const id = this.post.author.cityId;
    return id ? html`<a class="muted city" href=${link('/practices', { city: id })} title=${t('post.cityPractices', { city: nameOf(this.cities, id) })}>${nameOf(this.cities, id)}</a>` : '';
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
  }

  async run(action) {
    this.error = null;
    try {
      await action();
    } catch (error) {
      this.error = error;
    }
  }

  save(event) {
    event.preventDefault();
    const body = this.querySelector('md-composer').value;
    return this.run(async () => {
      this.emit('changed', await api(`/api/posts/${this.post.id}`, { method: 'PATCH', body: { body } }));
      this.mode = null;
      this.history = null;
    });
  }

  /** The post as the server now has it: its flags and reactions (and whose they are) change with what was done. */
  async reload() {
    this.emit('changed', await api(`/api/posts/${this.post.id}`));
    if (this.reactors) {
      this.reactors = (await api(`/api/posts/${this.post.id}/reactions`)).items;
    }
  }

  deletePost() {
    if (confirm(t('post.confirmDelete'))) {
      this.run(async () => {
        await api(`/api/posts/${this.post.id}`, { method: 'DELETE' });
        await this.reload();
      });
    }
  }

  react(code) {
    const undo = this.post.reactions.mine.includes(code);
    this.run(async () => {
      await api(`/api/posts/${this.post.id}/reactions/${encodeURIComponent(code)}`, { method: undo ? 'DELETE' : 'PUT' });
      await this.reload();
    });
  }

  reactionButton(item) {
    const { code, glyph } = item;
    const label = emojiLabel(item, code);
    const count = this.post.reactions[code] ?? 0;
    const pressed = this.post.reactions.mine.includes(code);
    return html`<button type="button" class="reaction" data-code=${code} title=${label} aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${t('post.reactionLabel', { label, count })} @click=${() => this.react(code)}>
      <span aria-hidden="true">${glyph}</span>${count ? html` <span aria-hidden="true">${count}</span>` : ''}</button>`;
  }

  /** The reactions given so far, and every one on the server's list behind "React". */
  reactions() {
    const emoji = this.emoji ?? [];
    const given = emoji.filter(({ code }) => this.post.reactions[code] || this.post.reactions.mine.includes(code));
    return html`<div class="reactions" role="group" aria-label=${t('post.reactions')}>
      ${given.map((item) => this.reactionButton(item))}
      ${given.length ? html`<button type="button" class="link who-reacted" aria-expanded=${this.reactors ? 'true' : 'false'}
        aria-controls=${this.reactors ? `post-${this.post.id}-reactors` : nothing} @click=${this.toggleReactors}>${t('post.whoReacted')}</button>` : ''}
      <details class="reaction-picker">
        <summary>${t('post.react')}</summary>
        <div class="reaction-choices">${emoji.map((item) => this.reactionButton(item))}</div>
      </details>
    </div>
    ${this.reactors ? this.reactorsPanel() : ''}`;
  }

  actions() {
    const { post } = this;
    return html`<div class="post-actions">
      ${post.can.reply ? html`<button type="button" class="link" @click=${() => this.emit('reply', post)}>${t('post.reply')}</button>` : ''}
      ${this.replies ? html`<button type="button" class="link" aria-expanded=${this.collapsed ? 'false' : 'true'}
        @click=${() => this.emit('toggle', post.id)}>${this.collapsed ? t('post.showHidden', { count: this.replies }) : t('post.collapse')}</button>` : ''}
      ${post.can.edit ? html`<button type="button" class="link" @click=${() => { this.mode = 'edit'; }}>${t('common.edit')}</button>` : ''}
      ${post.can.delete ? html`<button type="button" class="link danger" @click=${this.deletePost}>${t('common.delete')}</button>` : ''}
      ${post.can.report ? html`<button type="button" class="link" @click=${() => { this.mode = 'report'; }}>${t('common.report')}</button>` : ''}
    </div>`;
  }

  body() {
    if (this.mode === 'edit') {
      return html`<form class="inline-form" @submit=${this.save}>
        <md-composer label=${t('post.editLabel')} .value=${this.post.body} .error=${this.error?.field?.('body')}></md-composer>
        <div class="actions"><button type="submit">${t('common.save')}</button>
          <button type="button" class="secondary" @click=${() => { this.mode = null; }}>${t('common.cancel')}</button></div>
      </form>`;
    }
    return this.post.deleted
      ? html`<p class="muted deleted">${t('post.deleted')}</p>`
      : html`<div class="rendered" lang=${this.post.language ?? nothing}>${sanitizedHtml(this.post)}</div><file-list .files=${this.post.files ?? []}></file-list>`;
  }

  render() {
    const post = this.post;
    return html`<article class="post" id="post-${post.id}" tabindex="-1" aria-labelledby="post-${post.id}-by">
      <header class="post-head" id="post-${post.id}-by">
        <a href="#/users/${post.author.id}" class="author">${post.author.displayName}</a>
        ${this.city()}
        ${post.author.role !== 'member' ? html`<span class="role-badge role-${post.author.role}">${roleLabel(post.author.role)}</span>` : ''}
        <span class="muted">${timeAgo(post.createdAt)}</span>
        ${post.deleted ? '' : languageBadge(post.language)}
        ${post.editedAt ? html`<button type="button" class="link edited" aria-expanded=${this.history ? 'true' : 'false'}
          aria-controls=${this.history ? `post-${post.id}-history` : nothing} @click=${this.toggleHistory}>${t('common.edited')}</button>` : ''}
      </header>
      ${this.history ? this.historyPanel() : ''}
      ${this.body()}
      ${post.deleted ? '' : this.reactions()}
      ${this.actions()}
      <problem-note .error=${this.error}></problem-note>
      ${this.mode === 'report' ? html`<report-form .targetType=${'post'} .targetId=${post.id} @done=${() => { this.mode = null; }}></report-form>` : ''}
    </article>`;
  }
}
customElements.define('post-item', PostItem);
