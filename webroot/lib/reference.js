import { api } from './api.js';

/** The city roster and the practice themes: fetched once per page load, shared by every view that names them. */
let cities = null;
let themes = null;

export function loadCities() {
  cities ??= api('/api/cities', { auth: false }).then(({ items }) => items).catch((error) => { cities = null; throw error; });
  return cities;
}

export function loadThemes() {
  themes ??= api('/api/themes', { auth: false }).then(({ items }) => items).catch((error) => { themes = null; throw error; });
  return themes;
}

export function nameOf(items, id) {
  return items?.find((item) => item.id === id)?.name ?? id;
}

/** Both lists at once, as views that name cities and themes keep them: `{cities, themes}`. */
export function loadNames() {
  return Promise.all([loadCities(), loadThemes()]).then(([cities, themes]) => ({ cities, themes }));
}
