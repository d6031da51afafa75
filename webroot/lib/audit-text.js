import { html } from 'lit';
import { when } from './format.js';
import { has, t, tParts } from './i18n.js';

/** What an audit entry says, in words: its action, its target as a link, and its detail as labelled values. */
const ACTIONS = new Set(['board.create', 'thread.update', 'post.edit', 'post.delete', 'message.delete', 'report.resolve',
  'user.suspend', 'user.unsuspend', 'user.role', 'chat.mute', 'chat.unmute', 'chat.members.add', 'chat.members.remove',
  'chat.room.retention', 'account.delete', 'file.remove', 'request.open', 'request.accept', 'request.close',
  'city.coordinator.name', 'city.coordinator.remove']);
/** Actions named by a prefix and the status or stage they reached ("practice.validated", "adoption.piloting"). */
const STEPS = { practice: 'status', adoption: 'stage' };

const FIELDS = new Set(['title', 'fromTitle', 'pinned', 'locked', 'boardId', 'fromBoardId', 'reason', 'until', 'note', 'action',
  'from', 'to', 'room', 'roomId', 'authorId', 'targetType', 'slug', 'name', 'description', 'postPolicy', 'cityId', 'content',
  'evidence', 'retentionDays', 'uploads', 'userId', 'userIds', 'via']);
const KINDS = new Set(['user', 'thread', 'post', 'report', 'message', 'board', 'room', 'file', 'request', 'practice', 'city']);
/** Detail values that are codes, and the catalog prefix that names them (a role change's from and to are roles). */
const CODED_VALUES = {
  from: (entry) => stepValues(entry.action),
  to: (entry) => stepValues(entry.action),
  evidence: () => 'evidence',
  via: () => 'audit.via',
  content: () => 'audit.content',
  action: () => 'audit.decision',
  targetType: () => 'audit.targetType',
  postPolicy: () => 'audit.postPolicy',
};
const HIDDEN = new Set(['id', 'targetId', 'threadCount', 'createdAt']);
const USER_FIELDS = new Set(['authorId', 'userId']);

/** The catalog prefix of a from/to value: roles for a role change, statuses for a review step, stages for an adoption. */
function stepValues(action) {
  return action === 'user.role' ? 'role' : STEPS[String(action).split('.')[0]] ?? null;
}

export function actionText(action) {
  if (ACTIONS.has(action)) {
    return t(`audit.action.${action}`);
  }
  const [kind, step] = String(action).split('.');
  const prefix = STEPS[kind];
  return prefix && has(`${prefix}.${step}`) ? t(`audit.action.${kind}`, { [prefix]: t(`${prefix}.${step}`) }) : action;
}

export function targetLink(entry) {
  const { targetType, targetId, targetName, targetThreadId, targetRoomId } = entry;
  const kind = KINDS.has(targetType) ? t(`audit.kind.${targetType}`, { id: targetId }) : `${targetType} ${targetId}`;
  if (targetType === 'user') {
    return html`<a href="#/users/${targetId}">${targetName ?? kind}</a>`;
  }
  if (targetType === 'board') {
    return html`<a href="#/boards/${targetId}">${targetName ?? kind}</a>`;
  }
  if (targetType === 'city') {
    return html`<a href="#/cities/${targetId}">${targetName ?? kind}</a>`;
  }
  const where = targetThreadId ? tParts('audit.in', { name: html`<a href="#/threads/${targetThreadId}">${targetName}</a>` })
    : targetRoomId ? tParts('audit.in', { name: html`<a href="#/rooms/${targetRoomId}"># ${targetName}</a>` }) : '';
  if (targetType === 'thread') {
    return where ? html`<a href="#/threads/${targetThreadId}">${targetName}</a>` : kind;
  }
  return html`${kind} ${where}`;
}

function value(entry, key, raw) {
  const name = entry.detailNames?.[key];
  if (USER_FIELDS.has(key)) {
    return html`<a href="#/users/${raw}">${name ?? t('audit.user', { id: raw })}</a>`;
  }
  if (name) {
    return name;
  }
  if (typeof raw === 'boolean') {
    return raw ? t('audit.yes') : t('audit.no');
  }
  if (key === 'until' || key.endsWith('At')) {
    return when(raw);
  }
  const coded = CODED_VALUES[key]?.(entry);
  if (coded && has(`${coded}.${raw}`)) {
    return t(`${coded}.${raw}`);
  }
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

export function detailList(entry) {
  const shown = Object.entries(entry.detail ?? {}).filter(([key, raw]) => raw !== null && raw !== '' && !HIDDEN.has(key));
  if (!shown.length) {
    return '';
  }
  return html`<dl class="audit-detail">${shown.map(([key, raw]) => html`<dt>${FIELDS.has(key) ? t(`audit.field.${key}`) : key}</dt><dd>${value(entry, key, raw)}</dd>`)}</dl>`;
}
