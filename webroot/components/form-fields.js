import { html, nothing } from 'lit';
import { fieldError } from './problem-note.js';

/** Only the ids that are on the page: the hint when there is one, the error when the field has one. */
function describedBy(id, hint, error, name) {
  const ids = [hint ? `${id}-hint` : '', error?.field?.(name) ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/**
 * Labelled form controls that show the server's message for their field beside them (problem+json `errors`),
 * marked aria-invalid and linked by aria-describedby. `name` is the field's name in the request body.
 */
export function inputField({ id, name, label, error, type = 'text', value = '', required = true, autocomplete = 'off', hint = '' }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} name=${name} type=${type} .value=${value} ?required=${required} autocomplete=${autocomplete}
      aria-invalid=${error?.field?.(name) ? 'true' : 'false'} aria-describedby=${describedBy(id, hint, error, name)}>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    ${fieldError(error, name, `${id}-error`)}
  </div>`;
}

export function textareaField({ id, name, label, error, value = '', rows = 3, hint = '' }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} name=${name} rows=${rows} .value=${value}
      aria-invalid=${error?.field?.(name) ? 'true' : 'false'} aria-describedby=${describedBy(id, hint, error, name)}></textarea>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    ${fieldError(error, name, `${id}-error`)}
  </div>`;
}

/** options: [{value, label, group?}] — options with a group are put under an <optgroup> of that label. */
export function selectField({ id, name, label, error, options, value = '', placeholder = null, onChange = null }) {
  const option = (item) => html`<option value=${item.value} ?selected=${item.value === value}>${item.label}</option>`;
  const groups = [...new Set(options.map((item) => item.group).filter(Boolean))];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} @change=${onChange ?? (() => {})}
      aria-invalid=${error?.field?.(name) ? 'true' : 'false'} aria-describedby=${describedBy(id, '', error, name)}>
      ${placeholder ? html`<option value="">${placeholder}</option>` : ''}
      ${options.filter((item) => !item.group).map(option)}
      ${groups.map((group) => html`<optgroup label=${group}>${options.filter((item) => item.group === group).map(option)}</optgroup>`)}
    </select>
    ${fieldError(error, name, `${id}-error`)}
  </div>`;
}
