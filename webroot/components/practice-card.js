import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { loadCities, loadThemes, nameOf } from '../lib/reference.js';
import { cityLink } from '../lib/cities.js';

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
      <dt>City</dt><dd>${cityLink(this.names?.cities, practice.cityId)}</dd>
      <dt>Theme</dt><dd>${nameOf(this.names?.themes, practice.theme)}</dd>
      <dt>Summary</dt><dd class="prose">${practice.summary}</dd>
      <dt>Outcomes</dt><dd class="prose">${practice.outcomes}</dd>
      ${practice.links?.length ? html`<dt>Links</dt><dd><ul>${practice.links.map((url) => html`<li><a href=${url} rel="noopener nofollow">${url}</a></li>`)}</ul></dd>` : ''}
    </dl>`;
  }
}
customElements.define('practice-card', PracticeCard);
