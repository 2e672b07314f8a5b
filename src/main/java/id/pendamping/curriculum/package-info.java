/**
 * The curriculum: modules, lessons, their learning objectives and programmes, loaded from the text
 * files under {@code modules/}. Content, not code: every file is validated before anything is
 * imported, and a changed module becomes a new version. Knows nothing of cohorts, progress or quizzes.
 */
package id.pendamping.curriculum;
