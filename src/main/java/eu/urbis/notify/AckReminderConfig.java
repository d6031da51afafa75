package eu.urbis.notify;

import java.time.Duration;

/** An announcement not acknowledged {@code after} its posting reminds the city; the job looks {@code every} so often. */
public record AckReminderConfig(Duration after, Duration every) {
}
