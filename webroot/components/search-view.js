import { html } from 'lit';
import { UrbisElement } from '../lib/element.js';
import { snippetParts, when } from '../lib/format.js';
import { PagedList } from './paged-list.js';
import './problem-note.js';

/** Full-text search results: the thread, the matching post's author and a snippet with the matches marked. */
export class SearchView extends UrbisElement {
  static properties = { query: { attribute: false } };

  willUpdate(changed) {
    if (changed.has('query')) {
      this.list?.close();
      this.list = new PagedList(this, `/api/search?q=${encodeURIComponent(this.query)}`);
      if (this.query) {
        this.list.more();
      }
    }
  }


  render() {
    const list = this.list;
    return html`<section class="view">
      <h1>Search${this.query ? html`: “${this.query}”` : ''}</h1>
      ${this.query ? '' : html`<p class="muted">Type words in the search box above.</p>`}
      <ol class="results">
        ${list.items.map(({ thread, post, snippet, attachment }) => html`<li class="result">
          <a href="#/threads/${thread.id}" class="result-title">${thread.title}</a>
          ${attachment ? html`<p class="in-attachment">in attachment ${attachment}</p>` : ''}
          <p class="snippet">${snippetParts(snippet).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}</p>
          <p class="meta">${post.author.displayName} · <time datetime=${post.createdAt}>${when(post.createdAt)}</time></p>
        </li>`)}
      </ol>
      ${this.query && list.done && list.items.length === 0 && !list.error ? html`<p class="muted">Nothing found.</p>` : ''}
      <problem-note .error=${list.error}></problem-note>
      ${!this.query || list.done ? '' : html`<div class="sentinel"><button type="button" class="secondary" ?disabled=${list.loading}
        @click=${() => list.more()}>${list.loading ? 'Searching…' : 'More results'}</button></div>`}
    </section>`;
  }
}
customElements.define('search-view', SearchView);
