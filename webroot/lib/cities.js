import { html } from 'lit';
import { nameOf } from './reference.js';

/** A city named by its id, linking to its page (#/cities/{id}); `cities` is the roster from loadCities(). */
export function cityLink(cities, id) {
  if (!id) {
    return '—';
  }
  return html`<a class="city-link" href="#/cities/${encodeURIComponent(id)}">${nameOf(cities, id)}</a>`;
}

export const CITY_ROLE_LABELS = { challenge: 'Challenge city', fellow: 'Fellow city', mentor: 'Mentor city' };

export const STATUS_LABELS = { draft: 'Draft', submitted: 'Submitted', in_review: 'In review', validated: 'Validated', returned: 'Returned' };

export const EVIDENCE_LABELS = { idea: 'Idea', piloted: 'Piloted', proven: 'Proven at scale' };

export const STAGE_LABELS = { exploring: 'Exploring', piloting: 'Piloting', adopted: 'Adopted', dropped: 'Dropped' };
