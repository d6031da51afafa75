import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { isModerator } from '../lib/session.js';
import { when, EMOJI, EMOJI_GLYPHS } from '../lib/format.js';
import { sanitizedHtml } from '../lib/safe-html.js';
import './md-composer.js';
import './report-form.js';
import './problem-note.js';

const mine = new Set(); // "postId emoji" this tab has reacted with: the API answers counts, not who reacted

/**
 * One post of a thread's reply tree: the server's sanitized HTML, reactions, and the actions the caller may take
 * (reply, collapse its branch, edit, delete, report). Fires `reply`, `toggle` and `changed` (with the new post).
 */
export class PostItem extends UrbisElement {
  static properties = {
    post: { attribute: false },
    me: { attribute: false },
    canReply: { attribute: false },
    replies: { attribute: false },
    collapsed: { attribute: false },
    mode: { state: true },
    error: { state: true },
  };

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

  remove() {
    if (confirm('Delete this post? It keeps its place in the thread, without its text.')) {
      this.run(async () => {
        await api(`/api/posts/${this.post.id}`, { method: 'DELETE' });
        this.emit('changed', { ...this.post, deleted: true, body: '', html: '' });
      });
    }
  }

  react(emoji) {
    const key = `${this.post.id} ${emoji}`;
    const undo = mine.has(key);
    this.run(async () => {
      await api(`/api/posts/${this.post.id}/reactions/${encodeURIComponent(emoji)}`, { method: undo ? 'DELETE' : 'PUT' });
      const count = (this.post.reactions[emoji] ?? 0) + (undo ? -1 : 1);
      if (undo) {
        mine.delete(key);
      } else {
        mine.add(key);
      }
      this.emit('changed', { ...this.post, reactions: { ...this.post.reactions, [emoji]: Math.max(0, count) } });
    });
  }

  reactions() {
    return html`<div class="reactions" role="group" aria-label="Reactions">
      ${EMOJI.map((emoji) => {
        const count = this.post.reactions?.[emoji] ?? 0;
        const pressed = mine.has(`${this.post.id} ${emoji}`);
        return html`<button type="button" class="reaction" aria-pressed=${pressed ? 'true' : 'false'}
          aria-label="${emoji} reaction, ${count}" @click=${() => this.react(emoji)}>
          <span aria-hidden="true">${EMOJI_GLYPHS[emoji]}</span>${count ? html` <span aria-hidden="true">${count}</span>` : ''}</button>`;
      })}
    </div>`;
  }

  actions() {
    const post = this.post;
    const own = post.author.id === this.me.id;
    const canChange = !post.deleted && (own || isModerator(this.me));
    return html`<div class="post-actions">
      ${this.canReply && !post.deleted ? html`<button type="button" class="link" @click=${() => this.emit('reply', post)}>Reply</button>` : ''}
      ${this.replies ? html`<button type="button" class="link" aria-expanded=${this.collapsed ? 'false' : 'true'}
        @click=${() => this.emit('toggle', post.id)}>${this.collapsed ? `Show ${this.replies} hidden ${this.replies === 1 ? 'reply' : 'replies'}` : 'Collapse'}</button>` : ''}
      ${canChange ? html`<button type="button" class="link" @click=${() => { this.mode = 'edit'; }}>Edit</button>
        <button type="button" class="link danger" @click=${this.remove}>Delete</button>` : ''}
      ${!own && !post.deleted ? html`<button type="button" class="link" @click=${() => { this.mode = 'report'; }}>Report</button>` : ''}
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
      : html`<div class="rendered">${sanitizedHtml(this.post)}</div>`;
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
