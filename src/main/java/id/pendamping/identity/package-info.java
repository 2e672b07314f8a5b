/**
 * Accounts, roles, training centres (the tenant) and sign-in. Every account belongs to a training
 * centre except an ADMIN, who is global. Knows nothing of curriculum, learning or assessment.
 */
package id.pendamping.identity;
