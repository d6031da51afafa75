import { has, locale, t } from './i18n.js';

/**
 * What the server's errors say, in the reader's language: field errors by their stable `code` (a field may have its
 * own wording, `error.byField.<field>.<code>`), chat errors by their `code`,
 * problems by their type. The server's English text is the fallback for a code the catalog does not know yet.
 */
export function fieldMessage(error) {
  const own = `error.byField.${error.field}.${error.code}`;
  const key = has(own) ? own : `error.field.${error.code}`;
  return has(key) ? t(key, error.params ?? {}) : error.message;
}

/** As problems: English readers get the server's own sentence, which names the limit; other languages the code's. */
export function chatMessage(frame) {
  const key = `error.chat.${frame.code}`;
  return locale() !== 'en' && has(key) ? t(key) : frame.message;
}

/** English readers get the server's own detail, which names the case; other languages the problem type's sentence. */
export function problemMessage(problem) {
  const slug = String(problem.type ?? '').split('/problems/')[1];
  const key = `problem.type.${slug}`;
  const text = slug && locale() !== 'en' && has(key) ? t(key)
    : problem.detail || problem.title || t('api.requestFailed', { status: problem.status });
  return problem.retryAfter ? `${text} ${t('api.retryAfter', { seconds: problem.retryAfter })}` : text;
}
