/**
 * Assessment: the item bank (soal) beside the lessons, quizzes and their blueprints, attempts,
 * scoring, item statistics and GIFT exchange. Reads the curriculum and learning contexts; knows
 * nothing of competence verdicts or certificates (those react to its events).
 */
package id.pendamping.assessment;
