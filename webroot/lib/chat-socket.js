import { freshToken } from './api.js';
import { uniqueId } from './format.js';

const PING_MS = 25_000;
const PONG_TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 10_000;
const JOIN_RETRY_MS = 1_000;
/** Refusals that say "not now" (the server busy, the joins allowance spent): the join is sent again after a moment. */
const RETRIED_JOIN_CODES = new Set(['unavailable', 'rate_limited']);

/**
 * The one WebSocket of a signed-in tab. It authenticates, joins rooms, and after any drop reconnects by itself
 * with backoff, re-joins every room with `since` = the last seq it delivered (so the server replays exactly the
 * gap) and re-sends unacknowledged messages under their original clientId (so a retry never duplicates).
 * It also follows open thread pages (`follow`), again after a reconnect.
 * Frames are re-dispatched as DOM events named after their type; `state` is connecting | open | reconnecting | closed.
 */
export class ChatSocket extends EventTarget {
  constructor() {
    super();
    this.state = 'closed';
    this.rooms = new Map(); // room id → last seq delivered (null until known)
    this.joining = new Set(); // rooms whose join is sent and not answered yet
    this.outbox = new Map(); // clientId → send frame awaiting its ack
    this.threads = new Map(); // thread id → number of views following it
    this.attempts = 0;
    this.onOffline = () => this.drop();
    this.onOnline = () => this.reconnectNow();
  }

  start() {
    this.stopped = false;
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    this.connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.detach()?.close(1000);
    clearTimeout(this.retryTimer);
    clearTimeout(this.joinRetryTimer);
    this.joinRetryTimer = null;
    this.setState('closed');
  }

  /** Joins once per room; after that, reconnects re-join by themselves. */
  join(room, since = null) {
    if (!this.rooms.has(room)) {
      this.rooms.set(room, since);
      this.sendJoin(room);
    }
  }

  /** A room the user no longer belongs to: not re-joined after a reconnect. */
  forget(room) {
    this.rooms.delete(room);
    this.joining.delete(room);
  }

  /** A thread page follows its thread: `forum` frames (ids and flags of what changed) while any view follows it. */
  follow(thread) {
    const count = this.threads.get(thread) ?? 0;
    this.threads.set(thread, count + 1);
    if (count === 0) {
      this.raw({ type: 'subscribe', thread });
    }
  }

  unfollow(thread) {
    const count = this.threads.get(thread) ?? 0;
    if (count <= 1) {
      this.threads.delete(thread);
      this.raw({ type: 'unsubscribe', thread });
    } else {
      this.threads.set(thread, count - 1);
    }
  }

  /** `files`: ids of the sender's uploads, attached to the message in the same commit. */
  send(room, body, files = []) {
    const frame = { type: 'send', room, clientId: uniqueId(), body, ...(files.length ? { files } : {}) };
    this.outbox.set(frame.clientId, frame);
    this.raw(frame);
    return frame.clientId;
  }

  typing(room) {
    this.raw({ type: 'typing', room });
  }

  read(room, seq) {
    this.raw({ type: 'read', room, seq });
  }

  edit(room, id, body) {
    this.raw({ type: 'edit', room, id, body });
  }

  remove(room, id) {
    this.raw({ type: 'delete', room, id });
  }

  async connect() {
    this.setState(this.attempts ? 'reconnecting' : 'connecting');
    let token;
    try {
      token = await freshToken();
    } catch {
      return; // the session has ended; the app signs out and says why
    }
    if (this.stopped) {
      return;
    }
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }));
    ws.onmessage = (event) => this.receive(JSON.parse(event.data));
    ws.onclose = (event) => this.closed(ws, event.code);
    this.ws = ws;
  }

  receive(frame) {
    if (frame.type === 'ready') {
      this.ready();
    } else if (frame.type === 'pong') {
      clearTimeout(this.pongTimer);
    } else if (frame.type === 'joined') {
      this.joining.delete(frame.room);
      if (this.rooms.get(frame.room) == null) {
        this.rooms.set(frame.room, frame.lastSeq);
      }
    } else if (frame.type === 'error' && frame.ref === 'join' && RETRIED_JOIN_CODES.has(frame.code)) {
      this.retryJoins();
    } else if (frame.type === 'message') {
      if (frame.seq <= (this.rooms.get(frame.room) ?? 0)) {
        return; // already delivered before a reconnect
      }
      this.rooms.set(frame.room, frame.seq);
      this.outbox.delete(frame.clientId);
    } else if (frame.type === 'ack') {
      this.outbox.delete(frame.clientId);
    } else if (frame.type === 'error' && this.outbox.has(frame.ref)) {
      this.outbox.delete(frame.ref);
    }
    this.dispatchEvent(new CustomEvent(frame.type, { detail: frame }));
  }

  ready() {
    this.attempts = 0;
    this.setState('open');
    this.rooms.forEach((since, room) => this.sendJoin(room));
    this.threads.forEach((count, thread) => this.raw({ type: 'subscribe', thread }));
    this.outbox.forEach((frame) => this.raw(frame));
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => this.ping(), PING_MS);
  }

  ping() {
    this.raw({ type: 'ping' });
    clearTimeout(this.pongTimer);
    this.pongTimer = setTimeout(() => this.drop(), PONG_TIMEOUT_MS);
  }

  /**
   * A refused join does not name its room, so every join still unanswered goes again, once, after a moment (a room
   * that was refused for good is refused again, and never retried for that).
   */
  retryJoins() {
    if (this.joinRetryTimer == null) {
      this.joinRetryTimer = setTimeout(() => {
        this.joinRetryTimer = null;
        this.joining.forEach((room) => this.sendJoin(room));
      }, JOIN_RETRY_MS * (0.5 + Math.random()));
    }
  }

  sendJoin(room) {
    this.joining.add(room);
    const since = this.rooms.get(room);
    this.raw(since == null ? { type: 'join', room } : { type: 'join', room, since });
  }

  raw(frame) {
    if (this.state === 'open' && this.ws?.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify(frame));
    }
  }

  closed(ws, code) {
    if (ws !== this.ws || this.stopped) {
      return;
    }
    this.detach();
    if (code === 4403) {
      this.stopped = true;
      this.setState('closed');
      this.dispatchEvent(new CustomEvent('suspended'));
      return;
    }
    this.scheduleReconnect();
  }

  /** Gives up on the current socket at once (a missed pong, the browser going offline) and starts over. */
  drop() {
    if (!this.stopped && this.ws) {
      this.detach().close(4000, 'connection lost');
      this.scheduleReconnect();
    }
  }

  detach() {
    const ws = this.ws;
    this.ws = null;
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
    }
    return ws;
  }

  scheduleReconnect() {
    this.attempts += 1;
    this.setState('reconnecting');
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempts) * (0.75 + Math.random() / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    if (!this.stopped && this.state === 'reconnecting') {
      clearTimeout(this.retryTimer);
      this.connect();
    }
  }

  setState(state) {
    this.state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }
}
