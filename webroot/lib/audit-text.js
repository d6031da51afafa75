import { html } from 'lit';
import { when } from './format.js';

/** What an audit entry says, in words: its action, its target as a link, and its detail as labelled values. */
const ACTIONS = {
  'board.create': 'Created a board',
  'thread.update': 'Changed a thread',
  'post.edit': 'Edited a post',
  'post.delete': 'Deleted a post',
  'message.delete': 'Deleted a chat message',
  'report.resolve': 'Resolved a report',
  'user.suspend': 'Suspended a user',
  'user.unsuspend': 'Lifted a suspension',
  'user.role': 'Changed a role',
  'chat.mute': 'Muted a user',
  'chat.unmute': 'Unmuted a user',
};

const FIELDS = {
  title: 'Title', fromTitle: 'Was titled', pinned: 'Pinned', locked: 'Locked', boardId: 'Moved to', fromBoardId: 'From',
  reason: 'Reason', until: 'Until', note: 'Note', action: 'Decision', from: 'From', to: 'To',
  room: 'Room', roomId: 'Room', authorId: 'Author', targetType: 'Reported', slug: 'Address', name: 'Name',
  description: 'Description', postPolicy: 'Who starts threads',
};
const HIDDEN = new Set(['id', 'targetId', 'threadCount', 'createdAt']);
const USER_FIELDS = new Set(['authorId']);

export function actionText(action) {
  return ACTIONS[action] ?? action;
}

export function targetLink(entry) {
  const { targetType, targetId, targetName, targetThreadId, targetRoomId } = entry;
  const kind = { user: 'User', thread: 'Thread', post: 'Post', report: 'Report', message: 'Message', board: 'Board' }[targetType] ?? targetType;
  if (targetType === 'user') {
    return html`<a href="#/users/${targetId}">${targetName ?? `${kind} ${targetId}`}</a>`;
  }
  if (targetType === 'board') {
    return html`<a href="#/boards/${targetId}">${targetName ?? `${kind} ${targetId}`}</a>`;
  }
  const where = targetThreadId ? html`in <a href="#/threads/${targetThreadId}">${targetName}</a>`
    : targetRoomId ? html`in <a href="#/rooms/${targetRoomId}"># ${targetName}</a>` : '';
  if (targetType === 'thread') {
    return where ? html`<a href="#/threads/${targetThreadId}">${targetName}</a>` : `${kind} ${targetId}`;
  }
  return html`${kind} ${targetId} ${where}`;
}

function value(entry, key, raw) {
  const name = entry.detailNames?.[key];
  if (USER_FIELDS.has(key)) {
    return html`<a href="#/users/${raw}">${name ?? `user ${raw}`}</a>`;
  }
  if (name) {
    return name;
  }
  if (typeof raw === 'boolean') {
    return raw ? 'yes' : 'no';
  }
  if (key === 'until' || key.endsWith('At')) {
    return when(raw);
  }
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

export function detailList(entry) {
  const shown = Object.entries(entry.detail ?? {}).filter(([key, raw]) => raw !== null && raw !== '' && !HIDDEN.has(key));
  if (!shown.length) {
    return '';
  }
  return html`<dl class="audit-detail">${shown.map(([key, raw]) => html`<dt>${FIELDS[key] ?? key}</dt><dd>${value(entry, key, raw)}</dd>`)}</dl>`;
}
