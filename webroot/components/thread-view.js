import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { emojiList } from '../lib/emoji.js';
import { t } from '../lib/i18n.js';
import { ReadPosition } from '../lib/read-position.js';
import { PagedList } from './paged-list.js';
import './practice-card.js';
import './practice-review.js';
import './announcement-acks.js';
import './post-item.js';
import './thread-mod-tools.js';
import './md-composer.js';
import './file-picker.js';
import './watch-select.js';
import './problem-note.js';
import './problem-retry.js';

const MAX_INDENT = 8;
/** Landing on a post loads pages until it is there, up to this many posts (a search hit, a notification). */
const MAX_LANDING_POSTS = 2000;

/**
 * A thread: its header (badges, tags, the best practice if any, thread tools) and its posts as a reply tree,
 * indented by `depth`, each branch collapsible, with a reply box under any post and one at the end. A locked
 * thread says so where the reply box would be (moderators may still reply). The page follows its thread over the
 * socket: when it is locked, unlocked, moved or retitled elsewhere, the page reads it again and the reply boxes follow.
 * With a `postId` (#/threads/ID/posts/POST) it lands on that post: loads pages until the post is there, scrolls
 * it into view, highlights it and moves focus to it. Without one it lands the same way on the reader's first unread
 * post (marked "unread from here"), and the reader's position moves forward as posts come into view.
 */
export class ThreadView extends UrbisElement {
  static properties = {
    threadId: { attribute: false },
    postId: { attribute: false },
    socket: { attribute: false },
    me: { attribute: false },
    live: { state: true },
    firstUnread: { state: true },
    thread: { state: true },
    collapsed: { state: true },
    replyTo: { state: true },
    error: { state: true },
    replyError: { state: true },
  };

  constructor() {
    super();
    this.onForum = (event) => this.forumEvent(event.detail.event);
    this.onSubscribed = (event) => this.subscribed(event.detail.thread);
  }

  connectedCallback() {
    super.connectedCallback();
    this.socket?.addEventListener('forum', this.onForum);
    this.socket?.addEventListener('subscribed', this.onSubscribed);
    this.followed = null;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.socket?.removeEventListener('forum', this.onForum);
    this.socket?.removeEventListener('subscribed', this.onSubscribed);
    this.follow(null);
    this.reading?.close();
  }

  /** Follows the open thread over the socket, so a lock or a move by someone else shows here at once. */
  follow(threadId) {
    if (this.followed) {
      this.socket?.unfollow(this.followed);
    }
    this.followed = threadId;
    this.live = false;
    if (threadId) {
      this.socket?.follow(threadId);
    }
  }

  /** Followed (again, after a reconnect): what changed while the socket was away is read once more. */
  subscribed(threadId) {
    if (threadId === this.threadId) {
      this.live = true;
      if (this.thread) {
        this.refresh();
      }
    }
  }

  /** Events carry ids and flags only: what changed is read again through the API, with the reader's `can`. */
  forumEvent(event) {
    if (event.threadId === this.threadId && event.type === 'thread.changed') {
      this.refresh();
    }
  }

  async refresh() {
    const thread = await api(`/api/threads/${encodeURIComponent(this.threadId)}`);
    if (thread.id !== this.threadId) {
      return;
    }
    this.thread = thread;
    if (!thread.can.reply) {
      this.replyTo = null;
    }
    this.list.items = this.list.items.map((post) => ({ ...post, can: { ...post.can, reply: thread.can.reply && !post.deleted } }));
  }

  willUpdate(changed) {
    if (changed.has('threadId')) {
      this.follow(this.threadId);
      this.collapsed = new Set();
      this.replyTo = null;
      this.error = null;
      this.load();
    }
    if (changed.has('threadId') || changed.has('postId')) {
      this.landedOn = null;
    }
  }

  updated() {
    this.land();
    this.reading?.observe(this);
  }

  /** The post to land on: the one the address names, else the first the reader has not read. */
  landingPost() {
    return this.postId ?? this.firstUnread;
  }

  land() {
    const landing = this.landingPost();
    // the header (with the thread) renders first: scrolling before it would leave the post pushed out of view
    if (!landing || this.landedOn === landing || !this.thread || this.list.loading) {
      return;
    }
    if (!this.list.items.some((post) => post.id === landing)) {
      if (!this.list.done && this.list.items.length < MAX_LANDING_POSTS) {
        this.list.more();
      }
      return;
    }
    if (this.querySelector(`li[data-post="${CSS.escape(landing)}"]`)) {
      this.landedOn = landing;
      this.scrollOnceRendered(landing);
    }
  }

  /**
   * The posts render after this element does: scrolling before they have their height would land short, and the
   * post's own article (its focus target) exists only once its post-item has rendered.
   */
  async scrollOnceRendered(postId) {
    // each post grows by its reaction row once the emoji list is in
    await emojiList().catch(() => null);
    await Promise.all([...this.querySelectorAll('post-item')].map((item) => item.updateComplete));
    const target = this.querySelector(`#post-${CSS.escape(postId)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  load() {
    this.list?.close();
    this.reading?.close();
    this.reading = new ReadPosition(this.threadId);
    this.thread = null;
    this.firstUnread = null;
    api(`/api/threads/${encodeURIComponent(this.threadId)}`)
      .then((thread) => { this.thread = thread; this.error = null; return this.findFirstUnread(thread); })
      .catch((error) => { this.error = error; });
    this.list = new PagedList(this, `/api/threads/${encodeURIComponent(this.threadId)}/posts?limit=100`);
    this.list.more();
  }

  /** Where the reader stopped: the first post of a page opened at the first unread one (none when all is read). */
  async findFirstUnread(thread) {
    if (!thread.unread || this.postId) {
      return;
    }
    const page = await api(`/api/threads/${encodeURIComponent(thread.id)}/posts?around=firstUnread&limit=1`);
    if (thread.id === this.threadId) {
      this.firstUnread = page.items[0]?.id ?? null;
    }
  }

  /** Posts in tree order, minus the branches under collapsed posts; each with its number of replies below it. */
  visiblePosts() {
    const posts = this.list.items;
    const shown = [];
    let hideDeeperThan = Infinity;
    posts.forEach((post, index) => {
      if (post.depth > hideDeeperThan) {
        return;
      }
      hideDeeperThan = this.collapsed.has(post.id) ? post.depth : Infinity;
      let replies = 0;
      while (posts[index + 1 + replies]?.depth > post.depth) {
        replies += 1;
      }
      shown.push({ post, replies });
    });
    return shown;
  }

  toggle(id) {
    const next = new Set(this.collapsed);
    if (!next.delete(id)) {
      next.add(id);
    }
    this.collapsed = next;
  }

  replaced(post) {
    this.list.items = this.list.items.map((item) => (item.id === post.id ? { ...post, depth: item.depth } : item));
    this.requestUpdate();
  }

  /** Puts a new reply after the last loaded post of its parent's branch. */
  inserted(post) {
    const items = this.list.items;
    const parentIndex = items.findIndex((item) => item.id === post.parentId);
    const depth = parentIndex < 0 ? 0 : items[parentIndex].depth + 1;
    let at = parentIndex < 0 ? items.length : parentIndex + 1;
    while (parentIndex >= 0 && items[at]?.depth >= depth) {
      at += 1;
    }
    this.list.items = [...items.slice(0, at), { ...post, depth }, ...items.slice(at)];
    this.thread = { ...this.thread, postCount: this.thread.postCount + 1 };
  }

  async reply(event, parentId) {
    event.preventDefault();
    const composer = event.target.querySelector('md-composer');
    const picker = event.target.querySelector('file-picker');
    this.replyError = null;
    try {
      const body = { body: composer.value, parentId, files: picker.ids };
      const post = await api(`/api/threads/${this.threadId}/posts`, { method: 'POST', body });
      composer.clear();
      picker.clear();
      this.replyTo = null;
      this.inserted(post);
      await this.updateComplete;
      this.querySelector(`#post-${post.id}`)?.focus();
    } catch (error) {
      this.replyError = { parentId, error };
    }
  }

  /** Reply opens the box under the post and puts the cursor in it. */
  async openReply(id) {
    this.replyTo = id;
    await this.updateComplete;
    const composer = this.querySelector(`li[data-post="${id}"] .reply-form md-composer`);
    await composer?.updateComplete;
    composer?.focus();
  }

  async focusClosingReply() {
    const composer = this.querySelector('.closing-reply md-composer');
    await composer?.updateComplete;
    composer?.focus();
  }

  replyForm(parent) {
    const parentId = parent?.id ?? this.list.items[0]?.id ?? null;
    const error = this.replyError?.parentId === parentId ? this.replyError.error : null;
    return html`<form class="reply-form ${parent ? '' : 'closing-reply'}" @submit=${(event) => this.reply(event, parentId)}>
      <md-composer label=${parent ? t('thread.replyTo', { name: parent.author.displayName }) : t('thread.replyToThread')} .error=${error?.field?.('body')}
        .draft=${`thread:${this.threadId}:reply:${parent ? parent.id : 'end'}`}></md-composer>
      <file-picker data-for=${`reply-${parentId ?? 'thread'}`}></file-picker>
      <problem-note .error=${error}></problem-note>
      <div class="actions">
        <button type="submit">${t('thread.postReply')}</button>
        ${parent ? html`<button type="button" class="secondary" @click=${() => { this.replyTo = null; }}>${t('common.cancel')}</button>` : ''}
      </div>
    </form>`;
  }

  header() {
    const thread = this.thread;
    if (!thread) {
      return html`<h1>${t('common.loading')}</h1>`;
    }
    return html`<div class="thread-head">
      ${thread.can.reply ? html`<button type="button" class="skip-link" @click=${this.focusClosingReply}>${t('thread.skipToReply')}</button>` : ''}
      <p class="crumbs"><a href="#/boards/${thread.boardId}">${t('thread.back')}</a></p>
      <h1>${thread.title}</h1>
      <p class="meta">
        ${thread.pinned ? html`<span class="badge pinned">${t('threadRow.pinned')}</span>` : ''}
        ${thread.locked ? html`<span class="badge locked">${t('threadRow.locked')}</span>` : ''}
        ${thread.tags.map((tag) => html`<a class="tag" href="#/boards/${thread.boardId}?tag=${tag}">${tag}</a>`)}
        <span>${t('threadRow.posts', { count: thread.postCount })}</span>
        <watch-select .type=${'threads'} .targetId=${thread.id} .level=${thread.watch}></watch-select>
      </p>
      ${thread.practice ? html`<practice-card .practice=${thread.practice}></practice-card>
        <practice-review .thread=${thread} .me=${this.me} @changed=${(event) => { this.thread = event.detail; }}></practice-review>` : ''}
      ${thread.kind === 'announcement' ? html`<announcement-acks .thread=${thread} .me=${this.me}></announcement-acks>` : ''}
      <thread-mod-tools .thread=${thread} @changed=${(event) => { this.thread = event.detail; }}></thread-mod-tools>
    </div>`;
  }

  render() {
    const list = this.list;
    const error = this.error ?? (list.items.length ? null : list.error);
    if (error) {
      return html`<section class="view thread">
        <h1>${t('thread.fallbackTitle')}</h1>
        <problem-retry .error=${error} .retry=${() => this.load()}></problem-retry>
      </section>`;
    }
    return html`<section class="view thread" ?data-live=${this.live}>
      ${this.header()}
      <ol class="posts">
        ${repeat(this.visiblePosts(), ({ post }) => post.id, ({ post, replies }) => html`<li data-post=${post.id}
          class="depth-${Math.min(post.depth, MAX_INDENT)} ${post.id === this.postId ? 'landed' : ''} ${post.id === this.firstUnread ? 'first-unread' : ''}">
          ${post.id === this.firstUnread ? html`<p class="unread-divider" role="separator">${t('unread.fromHere')}</p>` : ''}
          <post-item .post=${post} .replies=${replies} .collapsed=${this.collapsed.has(post.id)}
            @reply=${(event) => this.openReply(event.detail.id)} @toggle=${(event) => this.toggle(event.detail)}
            @changed=${(event) => this.replaced(event.detail)}></post-item>
          ${this.replyTo === post.id ? this.replyForm(post) : ''}
        </li>`)}
      </ol>
      <problem-note .error=${list.error}></problem-note>
      ${list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading} @click=${() => list.more()}>
        ${list.loading ? t('common.loading') : t('thread.loadMore')}</button></div>`}
      ${this.thread && list.done ? this.closing() : ''}
    </section>`;
  }

  closing() {
    if (!this.thread.can.reply) {
      return html`<p class="locked-note" role="status"><strong>${t('thread.locked')}</strong> ${t('thread.lockedNoReplies')}</p>`;
    }
    return html`${this.thread.locked ? html`<p class="locked-note">${t('thread.lockedModerator')}</p>` : ''}
      ${this.replyForm(null)}`;
  }
}
customElements.define('thread-view', ThreadView);
