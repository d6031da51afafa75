import { html } from 'lit';
import { nameOf } from './reference.js';
import { t } from './i18n.js';

/** A city named by its id, linking to its page (#/cities/{id}); `cities` is the roster from loadCities(). */
export function cityLink(cities, id) {
  if (!id) {
    return '—';
  }
  return html`<a class="city-link" href="#/cities/${encodeURIComponent(id)}">${nameOf(cities, id)}</a>`;
}

/** Labels by value whose text is looked up in the catalog (`<prefix>.<value>`) each time one is read, so it follows the language. */
export function localizedLabels(prefix, values) {
  const labels = {};
  values.forEach((value) => Object.defineProperty(labels, value, { enumerable: true, get: () => t(`${prefix}.${value}`) }));
  return labels;
}

export const CITY_ROLE_LABELS = localizedLabels('cityRole', ['challenge', 'fellow', 'mentor']);

export const STATUS_LABELS = localizedLabels('status', ['draft', 'submitted', 'in_review', 'validated', 'returned']);

export const EVIDENCE_LABELS = localizedLabels('evidence', ['idea', 'piloted', 'proven']);

export const STAGE_LABELS = localizedLabels('stage', ['exploring', 'piloting', 'adopted', 'dropped']);

export const STRATEGY_LABELS = localizedLabels('strategy', ['diagnosis', 'strategy', 'implementation']);
