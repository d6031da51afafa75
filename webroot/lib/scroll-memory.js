/**
 * Each history entry remembers how far its page was scrolled (in history.state): a view opened by a link starts at
 * the top, Back and Forward return to where the reader was once the view is tall enough again.
 */
const SAVE_DELAY_MS = 150;
const RESTORE_FOR_MS = 3000;
let saveTimer = null;

export function rememberScroll() {
  history.scrollRestoration = 'manual';
  window.addEventListener('scroll', () => {
    clearTimeout(saveTimer);
    const href = location.href;
    saveTimer = setTimeout(() => {
      if (location.href === href) {
        history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
      }
    }, SAVE_DELAY_MS);
  }, { passive: true });
}

/** Call on every route change, once the new view has rendered. */
export function resetOrRestoreScroll() {
  clearTimeout(saveTimer);
  const saved = history.state?.scrollY;
  if (!saved) {
    window.scrollTo(0, 0);
    return;
  }
  const until = performance.now() + RESTORE_FOR_MS;
  const attempt = () => {
    window.scrollTo(0, saved);
    if (Math.abs(window.scrollY - saved) > 1 && performance.now() < until) {
      requestAnimationFrame(attempt);
    }
  };
  attempt();
}
