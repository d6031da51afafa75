import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { api } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import './problem-note.js';

const LEVELS = ['watching', 'tracking', 'normal', 'muted'];

/**
 * How closely the reader follows a thread or a board (`type` "threads" or "boards"): watching, tracking, normal or
 * muted. A change is saved at once; a refused one goes back to the level before and says why.
 */
export class WatchSelect extends UrbisElement {
  static properties = {
    type: { attribute: false },
    targetId: { attribute: false },
    level: { attribute: false },
    error: { state: true },
  };

  async choose(event) {
    const before = this.level ?? 'normal';
    this.level = event.target.value;
    try {
      await api(`/api/${this.type}/${encodeURIComponent(this.targetId)}/watch`, { method: 'PUT', body: { level: this.level } });
      this.error = null;
    } catch (error) {
      this.level = before;
      this.error = error;
    }
  }

  render() {
    const id = `watch-${this.type}-${this.targetId}`;
    return html`<span class="watch-select">
      <label for=${id}>${t('watch.label')}</label>
      <select id=${id} @change=${(event) => this.choose(event)}>
        ${LEVELS.map((level) => html`<option value=${level} ?selected=${(this.level ?? 'normal') === level}>${t(`watch.${level}`)}</option>`)}
      </select>
      <problem-note .error=${this.error}></problem-note>
    </span>`;
  }
}
customElements.define('watch-select', WatchSelect);
