package id.pendamping.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes: real PDF, JPEG and PNG pass; executables and scripts do not, whatever their names. */
class PortfolioRulesTest {

    @Test
    void acceptsPdfJpegAndPngByTheirContent() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(PortfolioRules.acceptedType(pdf)).contains("application/pdf");
        assertThat(PortfolioRules.acceptedType(image("png"))).contains("image/png");
        assertThat(PortfolioRules.acceptedType(image("jpg"))).contains("image/jpeg");
    }

    @Test
    void refusesAWindowsExecutableAndAnElfBinary() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        assertThat(PortfolioRules.acceptedType(exe)).isEmpty();
        assertThat(PortfolioRules.detectedType(exe)).isNotIn(PortfolioRules.ACCEPTED);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(PortfolioRules.acceptedType(elf)).isEmpty();
    }

    @Test
    void refusesHtmlAndPlainText() {
        assertThat(PortfolioRules.acceptedType("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(PortfolioRules.acceptedType("sertifikat pelatihan".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
