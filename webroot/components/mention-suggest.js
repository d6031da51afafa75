import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { t } from '../lib/i18n.js';

/** `@` and the start of a username right before the caret, as the server recognises mentions. */
const TYPED = /(?:^|[^\w@./-])@([a-z0-9_.-]{1,32})$/i;

/**
 * Mention autocomplete for a textarea (`.field`): while an `@name` is being typed, the users whose username starts
 * with it are offered; choosing one writes `@username ` in its place and fires `input` on the field.
 */
export class MentionSuggest extends UrbisElement {
  static properties = {
    field: { attribute: false },
    users: { state: true },
  };

  constructor() {
    super();
    this.users = [];
    this.onInput = () => this.typed();
  }

  willUpdate(changed) {
    if (changed.has('field')) {
      changed.get('field')?.removeEventListener('input', this.onInput);
      this.field?.addEventListener('input', this.onInput);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.field?.removeEventListener('input', this.onInput);
  }

  async typed() {
    const before = this.field.value.slice(0, this.field.selectionStart);
    const match = TYPED.exec(before);
    this.typedName = match?.[1] ?? null;
    if (!this.typedName) {
      this.users = [];
      return;
    }
    const asked = this.typedName;
    try {
      const { items } = await api(`/api/users?prefix=${encodeURIComponent(asked)}`);
      if (asked === this.typedName) {
        this.users = items;
      }
    } catch {
      this.users = [];
    }
  }

  choose(user) {
    const field = this.field;
    const caret = field.selectionStart;
    const start = caret - this.typedName.length - 1;
    field.value = `${field.value.slice(0, start)}@${user.username} ${field.value.slice(caret)}`;
    field.selectionStart = field.selectionEnd = start + user.username.length + 2;
    this.users = [];
    this.typedName = null;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.focus();
  }

  render() {
    if (!this.users.length) {
      return '';
    }
    return html`<ul class="mention-suggest" role="listbox" aria-label=${t('mention.label')}>
      ${this.users.map((user) => html`<li role="option" aria-selected="false"><button type="button" data-username=${user.username}
        @mousedown=${(event) => event.preventDefault()} @click=${() => this.choose(user)}>@${user.username}
        <span class="muted">${user.displayName}</span></button></li>`)}
    </ul>`;
  }
}
customElements.define('mention-suggest', MentionSuggest);
