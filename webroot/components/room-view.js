import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import './chat-message.js';
import './mention-suggest.js';
import './problem-note.js';

const PAGE = 50;
const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_500;
const SOCKET_EVENTS = ['message', 'edited', 'deleted', 'typing', 'error', 'state'];

/**
 * A chat room: history (older pages on scroll-up, `before`), live messages from the shared socket merged by `seq`
 * (so a replay after a reconnect never shows a message twice), messages being sent until acknowledged, who is
 * online, who is typing, and read markers as messages arrive while the room is on screen.
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
    connection: { state: true },
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
      this.stickToBottom = true;
      this.rooms.visible = this.roomId;
      const room = this.rooms.get(this.roomId);
      // where the read marker was when the room was opened: the "new messages" line goes before this seq
      this.firstUnread = room?.unread > 0 ? room.lastSeq - room.unread + 1 : null;
      this.loadOlder().then(() => this.opened());
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

  async loadOlder() {
    if (this.loadingOlder || this.olderDone) {
      return;
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
    } catch (error) {
      this.error = error;
      this.olderDone = true;
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
      this.connection = detail;
      return;
    }
    if (detail.room !== this.roomId && type !== 'error') {
      return;
    }
    switch (type) {
      case 'message':
        this.merge([detail]);
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
      default:
    }
  }

  failed(error) {
    const pending = this.pending.get(error.ref);
    if (pending) {
      this.pending = new Map(this.pending).set(error.ref, { ...pending, error: error.message });
    } else if (!error.room || error.room === this.roomId) {
      this.error = new Error(`${error.message} (${error.code})`);
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

  send(event) {
    event.preventDefault();
    const input = this.querySelector('#chat-input');
    const body = input.value.trim();
    if (!body) {
      return;
    }
    const clientId = this.socket.send(this.roomId, body);
    this.pending = new Map(this.pending).set(clientId, { body });
    input.value = '';
    this.stickToBottom = true;
  }

  keydown(event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      this.send(event);
    } else if (Date.now() - (this.lastTypingSent ?? 0) > TYPING_SENT_EVERY_MS) {
      this.lastTypingSent = Date.now();
      this.socket.typing(this.roomId);
    }
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
    const suggest = this.querySelector('mention-suggest');
    if (suggest && !suggest.field) {
      suggest.field = this.querySelector('#chat-input');
    }
  }

  typingLine() {
    const names = [...this.typing.values()].map((entry) => entry.user.displayName);
    if (!names.length) {
      return '';
    }
    return names.length === 1 ? `${names[0]} is typing…` : `${names.join(', ')} are typing…`;
  }

  render() {
    const room = this.rooms.get(this.roomId);
    return html`<section class="view room">
      <div class="room-head">
        <h1>${room ? `${room.kind === 'direct' ? '@' : '#'} ${room.name}` : 'Chat room'}</h1>
        ${room?.topic ? html`<p class="muted">${room.topic}</p>` : ''}
        ${this.connection === 'reconnecting' ? html`<p class="connection" role="status">Reconnecting… messages you send now go out when the connection is back.</p>` : ''}
        ${this.firstUnread ? html`<button type="button" class="secondary jump-unread" @click=${() => this.focusMessage(this.firstUnread)}>Jump to first unread</button>` : ''}
      </div>
      <div class="room-body">
        <div class="messages" role="log" aria-label="Messages" tabindex="0" @scroll=${this.scrolled}>
          ${this.olderDone ? html`<p class="muted history-start">Beginning of the conversation.</p>`
            : html`<button type="button" class="secondary" @click=${() => this.loadOlder()}>Load older messages</button>`}
          ${repeat([...this.messages.values()], (message) => message.seq, (message) => html`${message.seq === this.firstUnread
            ? html`<p class="new-messages" role="separator">New messages</p>` : ''}<chat-message data-seq=${message.seq}
            class=${message.seq === this.focusSeq ? 'highlight' : ''} .message=${message} .me=${this.me} .socket=${this.socket}></chat-message>`)}
          ${[...this.pending.entries()].map(([clientId, pending]) => html`<div class="chat-message own pending" data-client-id=${clientId}>
            <p>${pending.body}</p>
            <p class=${pending.error ? 'field-error' : 'muted'}>${pending.error ? `Not sent: ${pending.error}` : 'Sending…'}</p>
          </div>`)}
        </div>
        <aside class="online" aria-label="Online now">
          <h2>Online</h2>
          <ul>${[...this.rooms.onlineIn(this.roomId).values()].map((user) => html`<li><a href="#/users/${user.id}">${user.displayName}</a></li>`)}</ul>
        </aside>
      </div>
      <p class="typing" aria-live="polite">${this.typingLine()}</p>
      <problem-note .error=${this.error}></problem-note>
      <form class="chat-compose" @submit=${this.send}>
        <label class="visually-hidden" for="chat-input">Message</label>
        <textarea id="chat-input" rows="2" placeholder="Message ${room ? room.name : ''} (Enter sends, Shift+Enter for a new line)"
          @keydown=${this.keydown}></textarea>
        <mention-suggest></mention-suggest>
        <button type="submit">Send</button>
      </form>
    </section>`;
  }
}
customElements.define('room-view', RoomView);
