package id.pendamping.evaluation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    @Test
    void aLongTableBreaksAcrossPagesWithItsHeaderOnEach() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "Peserta nomor " + i));
        }
        byte[] pdf;
        try (PdfPages pages = new PdfPages(List.of("Peserta"))) {
            pages.title("Laporan angkatan");
            pages.table(List.of(new PdfPages.Column(1, true), new PdfPages.Column(5, false)), List.of("No.", "Nama lengkap"), rows);
            pdf = pages.bytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("Nama lengkap");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String all = stripper.getText(doc);
            assertThat(all).contains("Peserta nomor 1\n").contains("Peserta nomor 120");
        }
    }

    @Test
    void longTextWrapsAtSpacesAndInsideAWordOnlyWhenItMust() {
        try (PdfPages pages = new PdfPages(List.of())) {
            List<String> lines = pages.wrap("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh", 10, 80);
            assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l).doesNotStartWith(" "));
            assertThat(String.join(" ", lines)).isEqualTo("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh");
            assertThat(pages.wrap("x".repeat(200), 10, 80)).hasSizeGreaterThan(1);
            assertThat(pages.wrap("baris satu\nbaris dua", 10, 400)).containsExactly("baris satu", "baris dua");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() {
        try (PdfPages pages = new PdfPages(List.of("Bagus \u6F22"))) {
            assertThat(pages.wrap("Bagus \u6F22\tsekali", 10, 400)).containsExactly("Bagus ? sekali");
        }
    }
}
