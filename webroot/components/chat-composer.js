import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { readDraft, saveDraft, clearDraft } from '../lib/drafts.js';
import './file-picker.js';
import './mention-suggest.js';
import { t } from '../lib/i18n.js';

const TYPING_SENT_EVERY_MS = 2_500;
/** Touch keyboards have no Shift+Enter: there Enter makes a new line and the Send button sends. */
const touch = window.matchMedia('(pointer: coarse)');

/**
 * The message box of one room. Its text is that room's draft (kept per user and room, restored after a reload,
 * cleared on send), so switching rooms never carries text across; files chosen in its picker go with the next send.
 * Fires `send` {body, files} and `typing`.
 */
export class ChatComposer extends UrbisElement {
  static properties = {
    roomId: { attribute: false },
    roomName: { attribute: false },
  };

  willUpdate(changed) {
    if (changed.has('roomId')) {
      this.text = readDraft(this.place());
    }
  }

  firstUpdated() {
    this.querySelector('mention-suggest').field = this.querySelector('textarea');
  }

  updated(changed) {
    if (changed.has('roomId')) {
      this.querySelector('textarea').value = this.text;
    }
  }

  place() {
    return `room:${this.roomId}`;
  }

  /** Puts text back into the box, e.g. a message that was not sent, to change it. */
  setText(text) {
    this.text = text;
    saveDraft(this.place(), text);
    const input = this.querySelector('textarea');
    input.value = text;
    input.focus();
  }

  focus() {
    this.querySelector('textarea')?.focus();
  }

  submit(event) {
    event.preventDefault();
    const input = this.querySelector('textarea');
    const body = input.value.trim();
    const picker = this.querySelector('file-picker');
    if (!body || picker.busy) {
      return;
    }
    this.dispatchEvent(new CustomEvent('send', { detail: { body, files: picker.ids } }));
    picker.clear();
    input.value = '';
    this.text = '';
    clearDraft(this.place());
  }

  input(event) {
    this.text = event.target.value;
    saveDraft(this.place(), this.text);
    if (Date.now() - (this.lastTypingSent ?? 0) > TYPING_SENT_EVERY_MS) {
      this.lastTypingSent = Date.now();
      this.dispatchEvent(new CustomEvent('typing'));
    }
  }

  keydown(event) {
    if (event.key === 'Enter' && !event.shiftKey && !touch.matches) {
      this.submit(event);
    }
  }

  render() {
    const placeholder = t(touch.matches ? 'composer.placeholder' : 'composer.placeholderKeys', { room: this.roomName ?? '' });
    return html`<form class="chat-compose" @submit=${this.submit}>
      <label class="visually-hidden" for="chat-input">${t('composer.message')}</label>
      <textarea id="chat-input" rows="2" placeholder=${placeholder}
        @input=${this.input} @keydown=${this.keydown}></textarea>
      <mention-suggest></mention-suggest>
      <button type="submit">${t('composer.send')}</button>
      <file-picker data-for="chat"></file-picker>
    </form>`;
  }
}
customElements.define('chat-composer', ChatComposer);
