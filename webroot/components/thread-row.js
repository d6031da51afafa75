import { html } from 'lit';
import { timeAgo } from '../lib/format.js';
import { t, tParts } from '../lib/i18n.js';

/**
 * One thread in a list: badges, title, how many posts the reader has not read, tags (links that filter the board),
 * author, activity and any extra line.
 */
export function threadRow(thread, tagLink = null, extra = '') {
  return html`<li class="thread-row">
    <div class="thread-title">
      ${thread.pinned ? html`<span class="badge pinned">${t('threadRow.pinned')}</span>` : ''}
      ${thread.locked ? html`<span class="badge locked">${t('threadRow.locked')}</span>` : ''}
      ${thread.kind === 'practice' ? html`<span class="badge practice">${t('threadRow.practice')}</span>` : ''}
      <a href="#/threads/${thread.id}">${thread.title}</a>
      ${thread.unread ? html`<span class="badge unread">${t('unread.posts', { count: thread.unread })}</span>` : ''}
    </div>
    <div class="meta">
      ${thread.tags.map((tag) => (tagLink ? html`<a class="tag" href=${tagLink(tag)}>${tag}</a>` : html`<span class="tag">${tag}</span>`))}
      <span>${tParts('threadRow.by', { name: html`<a href="#/users/${thread.author.id}">${thread.author.displayName}</a>` })}</span>
      <span>${t('threadRow.posts', { count: thread.postCount })}</span>
      <span>${t('threadRow.lastActivity')} ${timeAgo(thread.lastPostAt)}</span>
    </div>
    ${extra}
  </li>`;
}
