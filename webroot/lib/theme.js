/** The colour theme /theme.js applied at load; the header's switch flips it and keeps the choice for next time. */
export function currentTheme() {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function setTheme(theme) {
  localStorage.setItem('urbis.theme', theme);
  document.documentElement.dataset.theme = theme;
}
