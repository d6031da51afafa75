// Runs before the page paints (a classic script in <head>), so a dark page never flashes white: the theme is the
// one chosen with the header's switch (kept in localStorage), else the system's prefers-color-scheme.
(() => {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    document.documentElement.dataset.theme = localStorage.getItem('urbis.theme') ?? (dark.matches ? 'dark' : 'light');
  };
  apply();
  dark.addEventListener('change', apply);
})();
