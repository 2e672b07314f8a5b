/**
 * The small shared kernel every context may use: the clock, database migration at start-up,
 * text for people in two languages, access checks and error mapping. It knows no business context.
 */
package id.pendamping.platform;
