package id.pendamping.assessment.gift;

/** A line of the GIFT text as given, with its 1-based number. */
record SourceLine(int number, String text) {
}
