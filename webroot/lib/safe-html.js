import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * The one place server HTML enters the page. Only the `html` field of posts and messages may come through here:
 * the server rendered it from markdown and cleaned it with its sanitizer policy (content/HtmlPolicies.java).
 * Everything else is bound as text, which Lit escapes.
 */
export function sanitizedHtml(item) {
  return unsafeHTML(item.html ?? '');
}
