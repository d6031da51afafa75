import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { when } from '../lib/format.js';
import { emojiList } from '../lib/emoji.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import './md-composer.js';
import './report-form.js';
import './problem-note.js';
import './file-list.js';

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
  };

  connectedCallback() {
    super.connectedCallback();
    emojiList().then((items) => { this.emoji = items; }).catch((error) => { this.error = error; });
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
    });
  }

  /** The post as the server now has it: its flags and reactions (and whose they are) change with what was done. */
  async reload() {
    this.emit('changed', await api(`/api/posts/${this.post.id}`));
  }

  remove() {
    if (confirm('Delete this post? It keeps its place in the thread, without its text.')) {
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

  reactionButton({ code, label, glyph }) {
    const count = this.post.reactions[code] ?? 0;
    const pressed = this.post.reactions.mine.includes(code);
    return html`<button type="button" class="reaction" data-code=${code} title=${label} aria-pressed=${pressed ? 'true' : 'false'}
      aria-label="${label} reaction, ${count}" @click=${() => this.react(code)}>
      <span aria-hidden="true">${glyph}</span>${count ? html` <span aria-hidden="true">${count}</span>` : ''}</button>`;
  }

  /** The reactions given so far, and every one on the server's list behind "React". */
  reactions() {
    const emoji = this.emoji ?? [];
    const given = emoji.filter(({ code }) => this.post.reactions[code] || this.post.reactions.mine.includes(code));
    return html`<div class="reactions" role="group" aria-label="Reactions">
      ${given.map((item) => this.reactionButton(item))}
      <details class="reaction-picker">
        <summary>React</summary>
        <div class="reaction-choices">${emoji.map((item) => this.reactionButton(item))}</div>
      </details>
    </div>`;
  }

  actions() {
    const { post } = this;
    return html`<div class="post-actions">
      ${post.can.reply ? html`<button type="button" class="link" @click=${() => this.emit('reply', post)}>Reply</button>` : ''}
      ${this.replies ? html`<button type="button" class="link" aria-expanded=${this.collapsed ? 'false' : 'true'}
        @click=${() => this.emit('toggle', post.id)}>${this.collapsed ? `Show ${this.replies} hidden ${this.replies === 1 ? 'reply' : 'replies'}` : 'Collapse'}</button>` : ''}
      ${post.can.edit ? html`<button type="button" class="link" @click=${() => { this.mode = 'edit'; }}>Edit</button>` : ''}
      ${post.can.delete ? html`<button type="button" class="link danger" @click=${this.remove}>Delete</button>` : ''}
      ${post.can.report ? html`<button type="button" class="link" @click=${() => { this.mode = 'report'; }}>Report</button>` : ''}
    </div>`;
  }

  body() {
    if (this.mode === 'edit') {
      return html`<form class="inline-form" @submit=${this.save}>
        <md-composer label="Edit post" .value=${this.post.body} .error=${this.error?.field?.('body')}></md-composer>
        <div class="actions"><button type="submit">Save</button>
          <button type="button" class="secondary" @click=${() => { this.mode = null; }}>Cancel</button></div>
      </form>`;
    }
    return this.post.deleted
      ? html`<p class="muted deleted">This post was deleted.</p>`
      : html`<div class="rendered">${sanitizedHtml(this.post)}</div><file-list .files=${this.post.files ?? []}></file-list>`;
  }

  render() {
    const post = this.post;
    return html`<article class="post" aria-labelledby="post-${post.id}-by">
      <header class="post-head" id="post-${post.id}-by">
        <a href="#/users/${post.author.id}" class="author">${post.author.displayName}</a>
        <span class="muted">${post.author.cityId ?? ''}</span>
        ${post.author.role !== 'member' ? html`<span class="role-badge role-${post.author.role}">${post.author.role}</span>` : ''}
        <time datetime=${post.createdAt} class="muted">${when(post.createdAt)}</time>
        ${post.editedAt ? html`<span class="muted">(edited)</span>` : ''}
      </header>
      ${this.body()}
      ${post.deleted ? '' : this.reactions()}
      ${this.actions()}
      <problem-note .error=${this.error}></problem-note>
      ${this.mode === 'report' ? html`<report-form .targetType=${'post'} .targetId=${post.id} @done=${() => { this.mode = null; }}></report-form>` : ''}
    </article>`;
  }
}
customElements.define('post-item', PostItem);
