package eu.urbis.mail;

/** A rendered mail for the outbox; {@code about} makes it once per person (see V75__email.sql). */
record QueuedMail(long userId, String about, String recipient, String subject, String text, String html, String unsubscribeUrl) {
}
