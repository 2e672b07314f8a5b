package id.pendamping.evaluation.infrastructure;

import id.pendamping.evaluation.application.CohortReport;
import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.evaluation.infrastructure.PdfPages.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's report as an A4 PDF in the reader's language: the cohort, its figures, the trainee
 * table (breaking across pages with its header repeated) and the reaction survey summed up.
 * Unlike a certificate it is no document of record: it is drawn afresh on every download.
 */
@ApplicationScoped
public class CohortReportPdf {

    private static final List<Column> FIGURES = List.of(new Column(3, false), new Column(1, true));
    private static final List<Column> TRAINEES = List.of(new Column(4, true), new Column(23, false), new Column(8, true),
            new Column(8, true), new Column(8, true), new Column(10, true), new Column(6, false), new Column(16, false));
    private static final List<Column> RATINGS = List.of(new Column(30, false), new Column(3, true), new Column(3, true),
            new Column(3, true), new Column(3, true), new Column(3, true), new Column(6, true), new Column(6, true));

    public byte[] render(CohortReport.Report report, Locale locale) {
        ReportLayout layout = new ReportLayout(locale);
        try (PdfPages pdf = new PdfPages(texts(report))) {
            pdf.title(layout.text("report.title") + ": " + report.cohort().getName());
            layout.cohort(report.cohort()).forEach(e -> pdf.text(e.label() + ": " + layout.format(e.value())));

            pdf.heading(layout.text("report.sheet.summary"));
            pdf.table(FIGURES, List.of(layout.text("report.figure"), layout.text("report.value")),
                    java.util.stream.Stream.concat(layout.figures(report.figures()).stream(), layout.laterLevels(report).stream())
                            .map(e -> List.of(e.label(), layout.format(e.value()))).toList());

            pdf.heading(layout.text("report.sheet.trainees"));
            if (report.trainees().isEmpty()) {
                pdf.note(layout.text("report.noTrainees"));
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < report.trainees().size(); i++) {
                    rows.add(layout.formatAll(layout.trainee(i + 1, report.trainees().get(i))));
                }
                pdf.table(TRAINEES, layout.traineeHeader(), rows);
            }

            pdf.heading(layout.text("report.sheet.evaluation"));
            pdf.note(layout.anonymity(report.anonymousSurvey()));
            pdf.text(layout.text("report.surveyResponses") + ": " + report.survey().responses());
            if (report.surveyWithheld()) {
                pdf.note(layout.withheld());
            }
            if (!report.survey().scales().isEmpty() && report.survey().responses() > 0) {
                pdf.table(RATINGS, layout.ratingHeader(),
                        report.survey().scales().stream().map(s -> layout.formatAll(layout.rating(s))).toList());
                for (ReactionResults.Comments comments : report.survey().comments()) {
                    if (!comments.comments().isEmpty()) {
                        pdf.text(comments.question().text(layout.english()));
                        comments.comments().forEach(c -> pdf.note("• " + c));
                    }
                }
            }
            return pdf.bytes();
        }
    }

    /** Every text of the report that comes from people, for the choice of fonts. */
    private static List<String> texts(CohortReport.Report report) {
        List<String> texts = new ArrayList<>(List.of(report.cohort().getName(), report.cohort().getTrainingCenter().getName()));
        texts.add(report.cohort().getPlace());
        report.trainees().forEach(t -> {
            texts.add(t.fullName());
            texts.add(t.certificateNumber());
        });
        report.survey().scales().forEach(s -> texts.add(s.question().indonesian() + s.question().english()));
        report.survey().comments().forEach(c -> {
            texts.add(c.question().indonesian() + c.question().english());
            texts.addAll(c.comments());
        });
        return texts;
    }
}
