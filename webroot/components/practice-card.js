import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { cityLink } from '../lib/cities.js';
import { t } from '../lib/i18n.js';

/** A best practice's structured fields: city, theme, summary, outcomes and links. */
export class PracticeCard extends UrbisElement {
  static properties = { practice: { attribute: false }, names: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadCities(), loadThemes()]).then(([cities, themes]) => { this.names = { cities, themes }; }).catch(() => {});
  }

  render() {
    const practice = this.practice;
    return html`<dl class="practice">
      <dt>${t('practice.city')}</dt><dd>${cityLink(this.names?.cities, practice.cityId)}</dd>
      <dt>${t('practice.theme')}</dt><dd>${nameOf(this.names?.themes, practice.theme)}</dd>
      <dt>${t('practice.summary')}</dt><dd class="prose">${practice.summary}</dd>
      <dt>${t('practice.outcomes')}</dt><dd class="prose">${practice.outcomes}</dd>
      ${practice.links?.length ? html`<dt>${t('practice.links')}</dt><dd><ul>${practice.links.map((url) => html`<li><a href=${url} rel="noopener nofollow">${url}</a></li>`)}</ul></dd>` : ''}
    </dl>`;
  }
}
customElements.define('practice-card', PracticeCard);
