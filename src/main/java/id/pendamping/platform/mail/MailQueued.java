package id.pendamping.platform.mail;

/** Mail was queued; observed after the commit to send it without waiting for the retry job. */
public record MailQueued() {
}
