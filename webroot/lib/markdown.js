import DOMPurify from 'dompurify';

/**
 * The composer's live preview: a small subset of the server's markdown (paragraphs, headings, emphasis, strike,
 * code, fenced code, quotes, lists, links, autolinks). The source is escaped first and the result cleaned by
 * DOMPurify, then handed to Lit as a DOM fragment (never as an HTML string). The stored post is rendered by the
 * server (commonmark + its sanitizer); the preview only approximates it, and says so.
 */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function inline(text) {
  return text
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>')
    .replace(/~~([^~]+)~~/g, '<del>$1</del>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" rel="nofollow noopener">$1</a>')
    .replace(/(^|\s)(https?:\/\/[^\s<]+)/g, '$1<a href="$2" rel="nofollow noopener">$2</a>');
}

function block(lines) {
  const first = lines[0];
  const heading = /^(#{1,6})\s+(.*)$/.exec(first);
  if (heading && lines.length === 1) {
    return `<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`;
  }
  if (lines.every((line) => /^&gt;\s?/.test(line))) {
    return `<blockquote><p>${lines.map((line) => inline(line.replace(/^&gt;\s?/, ''))).join('<br>')}</p></blockquote>`;
  }
  if (lines.every((line) => /^[-*+]\s+/.test(line))) {
    return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^[-*+]\s+/, ''))}</li>`).join('')}</ul>`;
  }
  if (lines.every((line) => /^\d+[.)]\s+/.test(line))) {
    return `<ol>${lines.map((line) => `<li>${inline(line.replace(/^\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
  }
  return `<p>${lines.map(inline).join('<br>')}</p>`;
}

export function markdownToHtml(source) {
  const parts = escape(source).split(/^```[^\n]*\n([\s\S]*?)^```$/m);
  return parts.map((part, index) => (index % 2 === 1
    ? `<pre><code>${part}</code></pre>`
    : part.split(/\n\s*\n/).map((chunk) => chunk.split('\n').filter((line) => line.trim())).filter((lines) => lines.length).map(block).join('')))
    .join('');
}

/** The preview as a sanitized DOM fragment, for a Lit child binding. */
export function markdownPreview(source) {
  return DOMPurify.sanitize(markdownToHtml(source), { RETURN_DOM_FRAGMENT: true });
}
