package id.pendamping.evaluation.infrastructure;

import id.pendamping.assessment.domain.Quiz;
import id.pendamping.evaluation.application.CohortReport;
import id.pendamping.evaluation.domain.ReactionResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;

/**
 * A cohort's report as a spreadsheet in the reader's language, three sheets: the summary (cohort
 * and figures), the trainees (the PDF's table plus e-mail, hours and each module quiz) and the
 * evaluation (the reaction survey summed up: counts per rating, means, comments in alphabetical
 * order, never a respondent's row).
 */
@ApplicationScoped
public class CohortReportXlsx {

    public byte[] render(CohortReport.Report report, Locale locale) {
        ReportLayout layout = new ReportLayout(locale);
        return Sheets.workbook(workbook -> {
            Worksheet summary = workbook.newWorksheet(layout.text("report.sheet.summary"));
            Sheets.widths(summary, 45, 40);
            int row = 0;
            summary.value(row, 0, layout.text("report.title"));
            summary.style(row++, 0).bold().set();
            for (ReportLayout.Entry entry : layout.cohort(report.cohort())) {
                Sheets.row(summary, row++, Arrays.asList(entry.label(), entry.value()));
            }
            row++;
            Sheets.header(summary, row++, List.of(layout.text("report.figure"), layout.text("report.value")));
            for (ReportLayout.Entry entry : layout.figures(report.figures())) {
                Sheets.row(summary, row++, Arrays.asList(entry.label(), entry.value()));
            }
            for (ReportLayout.Entry entry : layout.laterLevels(report)) {
                Sheets.row(summary, row++, Arrays.asList(entry.label(), entry.value()));
            }

            Worksheet trainees = workbook.newWorksheet(layout.text("report.sheet.trainees"));
            List<String> header = new ArrayList<>(layout.traineeHeader());
            header.addAll(List.of(layout.text("register.email"), layout.text("report.jp")));
            report.moduleQuizzes().forEach(q -> header.add(q.title(locale)));
            Sheets.header(trainees, 0, header);
            trainees.freezePane(2, 1);
            Sheets.widths(trainees, 5, 30, 12, 10, 10, 10, 10, 24, 30, 8);
            for (int i = 0; i < report.trainees().size(); i++) {
                CohortReport.Trainee t = report.trainees().get(i);
                List<Object> cells = layout.trainee(i + 1, t);
                cells.add(t.email());
                cells.add(t.jpStudied());
                for (Quiz quiz : report.moduleQuizzes()) {
                    cells.add(ReportLayout.scaled(t.grades().get(quiz.getCode()), 1));
                }
                Sheets.row(trainees, i + 1, cells);
            }

            Worksheet evaluation = workbook.newWorksheet(layout.text("report.sheet.evaluation"));
            Sheets.widths(evaluation, 60, 6, 6, 6, 6, 6, 10, 10);
            row = 0;
            evaluation.value(row++, 0, layout.anonymity(report.anonymousSurvey()));
            Sheets.row(evaluation, row++, List.of(layout.text("report.surveyResponses"), report.survey().responses()));
            if (report.surveyWithheld()) {
                evaluation.value(row++, 0, layout.withheld());
            }
            row++;
            Sheets.header(evaluation, row++, layout.ratingHeader());
            for (ReactionResults.Scale scale : report.survey().scales()) {
                Sheets.row(evaluation, row++, layout.rating(scale));
            }
            for (ReactionResults.Comments comments : report.survey().comments()) {
                row++;
                evaluation.value(row, 0, comments.question().text(layout.english()));
                evaluation.style(row++, 0).bold().set();
                for (String comment : comments.comments()) {
                    evaluation.value(row++, 0, comment);
                }
            }
        });
    }
}
