package eu.urbis.files;

import eu.urbis.content.LanguageDetection;
import eu.urbis.content.SearchLanguage;

/** The text inside a document and the language it is written in (null when none or too little to tell). */
record DocumentText(String text, SearchLanguage language) {
  static final DocumentText NONE = new DocumentText(null, null);

  /** Blocking: the language is detected from the text (lingua, milliseconds). */
  static DocumentText of(String text) {
    if (text == null) {
      return NONE;
    }
    return new DocumentText(text, LanguageDetection.shared().detect(text).orElse(null));
  }
}
