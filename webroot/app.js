// Entry module: the reader's language is loaded before the first render, then the shell pulls in every view.
import { preferredLocale, useLocale } from './lib/i18n.js';

try {
  await useLocale(preferredLocale());
} catch (error) {
  console.error('The message catalog did not load; the UI shows message keys', error);
}
await import('./components/urbis-app.js');
