package id.pendamping.evaluation.domain;

import java.time.LocalDate;

/**
 * The surveys of a cohort on Kirkpatrick's levels: the reaction survey at its end (level 1) and the
 * follow-ups to its alumni three and six months later on applying what they learnt (level 3). The
 * two follow-ups share one template so that their answers compare. Each is open for a window of
 * days around its moment.
 */
public enum SurveyKind {
    REACTION(Template.REACTION, 0),
    FOLLOW_UP_3(Template.FOLLOW_UP, 3),
    FOLLOW_UP_6(Template.FOLLOW_UP, 6);

    /** The templates a centre edits. */
    public enum Template { REACTION, FOLLOW_UP }

    public static final int REACTION_OPENS_DAYS_BEFORE_END = 7;
    public static final int OPEN_DAYS = 60;

    private final Template template;
    private final int monthsAfterEnd;

    SurveyKind(Template template, int monthsAfterEnd) {
        this.template = template;
        this.monthsAfterEnd = monthsAfterEnd;
    }

    public Template template() {
        return template;
    }

    public int monthsAfterEnd() {
        return monthsAfterEnd;
    }

    public boolean followUp() {
        return template == Template.FOLLOW_UP;
    }

    /** The first day it may be answered: a week before the end for the reaction survey, never before the start. */
    public LocalDate opensOn(LocalDate startsOn, LocalDate endsOn) {
        if (followUp()) {
            return endsOn.plusMonths(monthsAfterEnd);
        }
        LocalDate opens = endsOn.minusDays(REACTION_OPENS_DAYS_BEFORE_END);
        return opens.isBefore(startsOn) ? startsOn : opens;
    }

    /** The last day it may be answered. */
    public LocalDate closesOn(LocalDate endsOn) {
        return endsOn.plusMonths(monthsAfterEnd).plusDays(OPEN_DAYS);
    }

    public boolean openOn(LocalDate day, LocalDate startsOn, LocalDate endsOn) {
        return !day.isBefore(opensOn(startsOn, endsOn)) && !day.isAfter(closesOn(endsOn));
    }

    /** Parses a kind from a request parameter; the reaction survey when none is given. */
    public static SurveyKind parse(String value) {
        if (value == null || value.isBlank()) {
            return REACTION;
        }
        for (SurveyKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown survey kind " + value);
    }
}
