/**
 * Keeps document.title naming the view on screen (WCAG 2.4.2), so tabs, history and screen readers can tell views
 * apart: the view's `data-title` if it sets one, else its h1, then "· Urbis". Views need do nothing but render.
 */
export function followPageTitle(root) {
  const update = () => {
    const main = root.querySelector('main');
    const name = (main?.dataset.title || main?.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim();
    const title = name && name !== 'Urbis' ? `${name} · Urbis` : 'Urbis';
    if (document.title !== title) {
      document.title = title;
    }
  };
  new MutationObserver(update).observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-title'] });
  update();
}
