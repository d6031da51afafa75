import { api } from './api.js';

/**
 * The caller's chat rooms with their unread counts and who is online in each, shared by the side navigation
 * and the room views (the socket joins every room at start, so presence arrives before a room is opened).
 * Live messages raise a room's count unless that room is on screen; reading it sends a read marker and clears it.
 * A `room` frame brings a room the user was just given (a direct message, being added) or a change to one (a
 * mute); `left` takes one away (removed from it, or left in another tab).
 */
export class RoomStore extends EventTarget {
  constructor(socket, me) {
    super();
    this.socket = socket;
    this.me = me;
    this.items = [];
    this.visible = null;
    this.online = new Map(); // room id → Map of user id → UserRef, from presence frames
    socket.addEventListener('message', (event) => this.onMessage(event.detail));
    socket.addEventListener('presence', (event) => this.onPresence(event.detail));
    socket.addEventListener('room', (event) => this.onRoom(event.detail.room));
    socket.addEventListener('left', (event) => this.remove(event.detail.room));
  }

  /** Who is online in a room; the caller always is while this tab is open. */
  onlineIn(id) {
    return new Map([[this.me.id, this.me], ...(this.online.get(id) ?? new Map())]);
  }

  onPresence({ room, user, state }) {
    const here = this.online.get(room) ?? new Map();
    if (state === 'online') {
      here.set(user.id, user);
    } else {
      here.delete(user.id);
    }
    this.online.set(room, here);
    this.changed();
  }

  async load() {
    const { items } = await api('/api/chat/rooms');
    this.items = items;
    items.forEach((room) => this.socket.join(room.id, room.lastSeq));
    this.changed();
  }

  get(id) {
    return this.items.find((room) => room.id === id);
  }

  add(room) {
    if (!this.get(room.id)) {
      this.items = [...this.items, room];
      this.socket.join(room.id, room.lastSeq);
      this.changed();
    }
  }

  /** A new room comes with its unread count; joining from its lastSeq counts only what follows on top. */
  onRoom(room) {
    const known = this.get(room.id);
    if (known) {
      Object.assign(known, room);
      this.changed();
    } else {
      this.items = [...this.items, room];
      this.socket.join(room.id, room.lastSeq);
      this.changed();
    }
  }

  remove(id) {
    if (this.get(id)) {
      this.items = this.items.filter((room) => room.id !== id);
      this.socket.forget(id);
      this.changed();
    }
  }

  onMessage(message) {
    const room = this.get(message.room);
    if (!room) {
      return;
    }
    room.lastSeq = Math.max(room.lastSeq, message.seq);
    if (this.visible === room.id && document.visibilityState === 'visible') {
      this.markRead(room.id);
    } else if (message.author?.id !== this.me.id) {
      room.unread += 1;
    }
    this.changed();
  }

  markRead(id) {
    const room = this.get(id);
    if (room && room.lastSeq > 0) {
      this.socket.read(id, room.lastSeq);
      room.unread = 0;
      this.changed();
    }
  }

  changed() {
    this.dispatchEvent(new Event('change'));
  }
}
