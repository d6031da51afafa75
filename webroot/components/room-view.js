import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { dayOf, when } from '../lib/format.js';
import { chatMessage } from '../lib/errors.js';
import './chat-message.js';
import './chat-composer.js';
import './pending-message.js';
import './room-members.js';
import './promote-form.js';
import './problem-note.js';
import { t } from '../lib/i18n.js';

const PAGE = 50;
const TYPING_SHOWN_MS = 4_000;
const SOCKET_EVENTS = ['message', 'edited', 'deleted', 'typing', 'error', 'state', 'left'];
/** Socket errors that answer something done in this view; others (a join elsewhere, after a reconnect) are not its news. */
const OWN_REFS = new Set(['edit', 'delete']);
const MOVES = { ArrowUp: -1, ArrowDown: 1, Home: -Infinity, End: Infinity };

/**
 * A chat room: history (older pages on scroll-up, `before`), live messages from the shared socket merged by `seq`
 * (so a replay after a reconnect never shows a message twice), messages being sent in the place they were written
 * (a failed one can be retried, edited or dismissed there), day headings, who is online and (private rooms) who
 * is a member, who is typing, and read markers as messages arrive while the room is on screen.
 */
export class RoomView extends UrbisElement {
  static properties = {
    roomId: { attribute: false },
    focusSeq: { attribute: false },
    firstUnread: { state: true },
    me: { attribute: false },
    socket: { attribute: false },
    rooms: { attribute: false },
    messages: { state: true },
    pending: { state: true },
    typing: { state: true },
    olderDone: { state: true },
    error: { state: true },
    missing: { state: true },
    connection: { state: true },
    activeSeq: { state: true },
    showPeople: { state: true },
  };

  constructor() {
    super();
    this.onFrame = (event) => this.frame(event.type, event.detail);
    this.onRooms = () => this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    SOCKET_EVENTS.forEach((type) => this.socket.addEventListener(type, this.onFrame));
    this.rooms.addEventListener('change', this.onRooms);
    this.connection = this.socket.state;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    SOCKET_EVENTS.forEach((type) => this.socket.removeEventListener(type, this.onFrame));
    this.rooms.removeEventListener('change', this.onRooms);
    this.rooms.visible = null;
    clearInterval(this.typingSweep);
  }

  willUpdate(changed) {
    if (changed.has('roomId')) {
      this.messages = new Map();
      this.pending = new Map();
      this.typing = new Map();
      this.olderDone = false;
      this.error = null;
      this.missing = null;
      this.activeSeq = null;
      this.showPeople = false;
      this.stickToBottom = true;
      this.rooms.visible = this.roomId;
      const room = this.roomId;
      const known = this.rooms.get(room);
      // where the read marker was when the room was opened: the "new messages" line goes before this seq
      this.firstUnread = known?.unread > 0 ? known.lastSeq - known.unread + 1 : null;
      this.loadOlder().then((loaded) => loaded && room === this.roomId && this.opened());
      clearInterval(this.typingSweep);
      this.typingSweep = setInterval(() => this.sweepTyping(), 1_000);
    }
  }

  /**
   * Opened from a notification (`?seq=`), or "jump to first unread": older pages until that message is there, then
   * it is scrolled to.
   */
  async focusMessage(seq = this.focusSeq) {
    while (seq && !this.messages.has(seq) && !this.olderDone && seq < this.newestSeq()) {
      await this.loadOlder();
    }
    await this.updateComplete;
    const target = this.querySelector(`chat-message[data-seq="${seq}"]`);
    if (target) {
      this.stickToBottom = false;
      target.scrollIntoView({ block: 'center' });
    }
  }

  opened() {
    if (this.focusSeq) {
      this.focusMessage();
    }
    const newest = this.newestSeq();
    this.socket.join(this.roomId, newest);
    const room = this.rooms.get(this.roomId);
    if (room) {
      room.lastSeq = Math.max(room.lastSeq, newest);
    }
    this.rooms.markRead(this.roomId);
  }

  newestSeq() {
    return Math.max(0, ...this.messages.keys());
  }

  /** @return whether the page arrived (a room that does not exist, or not for us, shows only why) */
  async loadOlder() {
    if (this.loadingOlder || this.olderDone) {
      return false;
    }
    this.loadingOlder = true;
    const oldest = Math.min(...this.messages.keys());
    const before = Number.isFinite(oldest) ? `&before=${oldest}` : '';
    const scroller = this.querySelector('.messages');
    const fromBottom = scroller ? scroller.scrollHeight - scroller.scrollTop : 0;
    try {
      const { items } = await api(`/api/chat/rooms/${encodeURIComponent(this.roomId)}/messages?limit=${PAGE}${before}`);
      this.olderDone = items.length < PAGE;
      this.merge(items);
      await this.updateComplete;
      if (scroller && !this.stickToBottom) {
        scroller.scrollTop = scroller.scrollHeight - fromBottom; // keep the reader's place
      }
      return true;
    } catch (error) {
      if (error.status === 404) {
        this.missing = error;
      } else {
        this.error = error;
      }
      this.olderDone = true;
      return false;
    } finally {
      this.loadingOlder = false;
    }
  }

  merge(items) {
    const next = new Map(this.messages);
    items.forEach((message) => next.set(message.seq, message));
    this.messages = new Map([...next.entries()].sort(([a], [b]) => a - b));
  }

  frame(type, detail) {
    if (type === 'state') {
      if (detail === 'open' && this.connection !== 'open') {
        this.error = null; // whatever failed before the drop is not news after it
      }
      this.connection = detail;
      return;
    }
    if (detail.room !== this.roomId && type !== 'error') {
      return;
    }
    switch (type) {
      case 'message':
        this.merge([detail]);
        if (!this.querySelector('.messages')?.contains(document.activeElement)) {
          this.activeSeq = null; // not reading the history: the newest message is the one Tab reaches
        }
        this.forget(this.pending, detail.clientId);
        this.forget(this.typing, detail.author.id);
        break;
      case 'edited':
        this.merge([detail]);
        break;
      case 'deleted':
        if (this.messages.has(detail.seq)) {
          this.merge([{ ...this.messages.get(detail.seq), deleted: true, body: '', html: '' }]);
        }
        break;
      case 'typing':
        if (detail.user.id !== this.me.id) {
          this.typing = new Map(this.typing).set(detail.user.id, { user: detail.user, until: Date.now() + TYPING_SHOWN_MS });
        }
        break;
      case 'error':
        this.failed(detail);
        break;
      case 'left':
        this.missing = new Error(t('room.noLongerMember'));
        break;
      default:
    }
  }

  failed(error) {
    const pending = this.pending.get(error.ref);
    if (pending) {
      this.pending = new Map(this.pending).set(error.ref, { ...pending, error: chatMessage(error) });
    } else if (OWN_REFS.has(error.ref)) {
      this.error = new Error(chatMessage(error));
    }
  }

  forget(map, key) {
    if (map.has(key)) {
      const next = new Map(map);
      next.delete(key);
      this[map === this.pending ? 'pending' : 'typing'] = next;
    }
  }

  sweepTyping() {
    const now = Date.now();
    if ([...this.typing.values()].some((entry) => entry.until < now)) {
      this.typing = new Map([...this.typing].filter(([, entry]) => entry.until >= now));
    }
  }

  /** A message waits in the place it was written: after the newest message there was when it was sent. */
  send(body, files = []) {
    const clientId = this.socket.send(this.roomId, body, files);
    this.pending = new Map(this.pending).set(clientId, { body, files, after: this.newestSeq(), ts: new Date().toISOString() });
    this.stickToBottom = true;
  }

  retry(clientId) {
    const { body, files } = this.pending.get(clientId);
    this.forget(this.pending, clientId);
    this.send(body, files);
  }

  editFailed(clientId) {
    const { body } = this.pending.get(clientId);
    this.forget(this.pending, clientId);
    this.querySelector('chat-composer').setText(body);
  }

  dismiss(clientId) {
    this.forget(this.pending, clientId);
    this.querySelector('chat-composer').focus();
  }

  /** Arrow keys, Home and End move between messages; only the active one is a tab stop. */
  messageKey(event) {
    const move = MOVES[event.key];
    if (move === undefined || !event.target.classList.contains('chat-message') || event.target.classList.contains('pending')) {
      return;
    }
    event.preventDefault();
    const seqs = [...this.messages.keys()];
    const at = seqs.indexOf(this.currentSeq());
    const seq = seqs[Math.max(0, Math.min(seqs.length - 1, at + (Number.isFinite(move) ? move : move * seqs.length)))];
    this.activeSeq = seq;
    this.updateComplete.then(() => this.querySelector(`.chat-message[data-seq="${seq}"]`)?.focus());
  }

  focused(event) {
    const message = event.target.closest('chat-message');
    if (message) {
      this.activeSeq = message.message.seq;
    }
  }

  currentSeq() {
    return this.messages.has(this.activeSeq) ? this.activeSeq : this.newestSeq();
  }

  scrolled(event) {
    const scroller = event.target;
    this.stickToBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
    if (scroller.scrollTop < 60) {
      this.loadOlder();
    }
  }

  updated() {
    const scroller = this.querySelector('.messages');
    if (scroller && this.stickToBottom) {
      scroller.scrollTop = scroller.scrollHeight;
    }
  }

  typingLine() {
    const names = [...this.typing.values()].map((entry) => entry.user.displayName);
    if (!names.length) {
      return '';
    }
    return names.length === 1 ? t('room.typingOne', { name: names[0] }) : t('room.typingMany', { names: names.join(', ') });
  }

  /** Messages and waiting sends in order, with a heading wherever the day changes; each keyed, so none is rebuilt. */
  timeline() {
    const entries = [
      ...[...this.messages.values()].map((message) => ({ at: message.seq, ts: message.ts, key: `m${message.seq}`, message })),
      ...[...this.pending.entries()].map(([clientId, pending]) => ({ at: pending.after + 0.5, ts: pending.ts, key: `p${clientId}`, clientId, pending })),
    ].sort((a, b) => a.at - b.at);
    const shown = [];
    let day = null;
    entries.forEach((entry) => {
      const today = dayOf(entry.ts);
      if (today !== day) {
        day = today;
        shown.push({ key: `d${today}`, ts: entry.ts, day: today });
      }
      shown.push(entry);
    });
    const active = this.currentSeq();
    return repeat(shown, (entry) => entry.key, (entry) => {
      if (entry.day) {
        return html`<h2 class="day-separator"><time datetime=${entry.ts.slice(0, 10)}>${entry.day}</time></h2>`;
      }
      return entry.message
        ? html`${entry.message.seq === this.firstUnread ? html`<p class="new-messages" role="separator">${t('room.newMessages')}</p>` : ''}<chat-message
            data-seq=${entry.message.seq} class=${entry.message.seq === this.focusSeq ? 'highlight' : ''} .message=${entry.message}
            .me=${this.me} .socket=${this.socket} .active=${entry.message.seq === active}></chat-message>`
        : html`<pending-message .clientId=${entry.clientId} .pending=${entry.pending}
            @retry=${() => this.retry(entry.clientId)} @edit=${() => this.editFailed(entry.clientId)}
            @dismiss=${() => this.dismiss(entry.clientId)}></pending-message>`;
    });
  }

  mutedNote(room) {
    if (!room?.muted) {
      return '';
    }
    const { until } = room.muted;
    return html`<p class="notice muted-note" role="status">${until ? t('room.mutedUntil', { time: when(until) }) : t('room.mutedIndefinitely')}</p>`;
  }

  render() {
    if (this.missing) {
      return html`<section class="view room">
        <h1>${t('room.notFound')}</h1>
        <problem-note .error=${this.missing}></problem-note>
        <p><a href="#/rooms">${t('room.seeRooms')}</a></p>
      </section>`;
    }
    const room = this.rooms.get(this.roomId);
    const online = [...this.rooms.onlineIn(this.roomId).values()];
    return html`<section class="view room ${this.showPeople ? 'show-people' : ''}">
      <div class="room-head">
        <h1>${room ? `${room.kind === 'direct' ? '@' : '#'} ${room.name}` : t('room.fallbackTitle')}</h1>
        ${room?.topic ? html`<p class="muted">${room.topic}</p>` : ''}
        <button type="button" class="secondary people-toggle" aria-controls="room-people" aria-expanded=${this.showPeople ? 'true' : 'false'}
          @click=${() => { this.showPeople = !this.showPeople; }}>${t('room.people', { count: online.length })}</button>
        ${this.connection === 'reconnecting' ? html`<p class="connection" role="status">${t('room.reconnecting')}</p>` : ''}
        ${this.firstUnread ? html`<button type="button" class="secondary jump-unread" @click=${() => this.focusMessage(this.firstUnread)}>${t('room.jumpUnread')}</button>` : ''}
      </div>
      <div class="room-body">
        <div class="messages" role="log" aria-label=${t('room.messages')} tabindex=${this.messages.size ? '-1' : '0'} @scroll=${this.scrolled}
          @keydown=${this.messageKey} @focusin=${this.focused}>
          ${this.olderDone ? html`<p class="muted history-start">${t('room.historyStart')}</p>`
            : html`<button type="button" class="secondary" @click=${() => this.loadOlder()}>${t('room.loadOlder')}</button>`}
          ${this.timeline()}
        </div>
        <aside class="online" id="room-people" aria-label=${t('room.peopleLabel')}>
          <h2>${t('room.online')}</h2>
          <ul>${repeat(online, (user) => user.id, (user) => html`<li><a href="#/users/${user.id}">${user.displayName}</a></li>`)}</ul>
          ${room?.kind === 'private' ? html`<room-members .room=${room} .me=${this.me} .rooms=${this.rooms}></room-members>` : ''}
        </aside>
      </div>
      <p class="typing" aria-live="polite">${this.typingLine()}</p>
      <problem-note .error=${this.error}></problem-note>
      ${this.mutedNote(room)}
      <promote-form .roomId=${this.roomId} .messages=${[...this.messages.values()]} .me=${this.me}></promote-form>
      <chat-composer .roomId=${this.roomId} .roomName=${room?.name} @send=${(event) => this.send(event.detail.body, event.detail.files)}
        @typing=${() => this.socket.typing(this.roomId)}></chat-composer>
    </section>`;
  }
}
customElements.define('room-view', RoomView);
