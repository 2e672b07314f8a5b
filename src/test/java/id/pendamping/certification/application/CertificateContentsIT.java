package id.pendamping.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.InvalidInput;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a centre configures shows on its next certificates: its logo (a PNG or JPEG read from the
 * content; anything else refused) and the holder's identity number, which a trainee must give before
 * claiming when the centre prints it, and which the public verification shows masked.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateContentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CertificateContentsIT.class);
    }

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    RecordedCompletion completion;

    @Inject
    CentreCertificateSettings settings;

    @Inject
    MyCertificates mine;

    @Inject
    Verification verification;

    @Test
    void theCentresLogoAndTheHoldersIdentityNumberArePrintedAndTheNumberIsMaskedOnVerification() throws Exception {
        Account coordinator = fixture.coordinatorOfAnotherCentre("balai-logo");
        TraineeFixture.Trainee trainee = fixture.enrolledTraineeIn("nik", coordinator.getTrainingCenter().getCode());
        completion.complete(trainee.username(), new BigDecimal("91"));

        caller.authenticatedByToken(coordinator);
        settings.change("{seq:4}/{centre}/PLT/{year}", "Dr. Ratna Sari", "Kepala Balai", "Head of the Centre",
                "85:Sangat memuaskan|Excellent;70:Memuaskan|Very good;0:Baik|Good", true);
        byte[] renamed = new byte[300];
        renamed[0] = 'M';
        renamed[1] = 'Z';
        assertThatThrownBy(() -> settings.changeLogo("logo.png", renamed))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("certificate.logo.type"));
        assertThat(settings.hasLogo()).isFalse();
        settings.changeLogo("logo.png", png());
        assertThat(settings.hasLogo()).isTrue();

        caller.authenticatedByToken(fixture.account(trainee.username()));
        assertThatThrownBy(() -> mine.claim(trainee.enrolmentId())).as("the centre prints the NIK, and none is given")
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certificate.claim.identityNumberMissing"));
        assertThatThrownBy(() -> mine.giveIdentityNumber("31710145"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("certificate.identityNumber.invalid"));
        mine.giveIdentityNumber("3171 0145 0690 0001");
        Certificate certificate = mine.claim(trainee.enrolmentId());

        byte[] pdf = mine.document(certificate.getId()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("NIK 3171014506900001", "Sangat memuaskan");
            long images = 0;
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).as("the logo on the front page").isEqualTo(1);
        }
        Verification.Verified verified = verification.byCode(certificate.getVerificationCode()).orElseThrow();
        assertThat(verified.printed().holderIdentityNumber()).isEqualTo("************0001");
        assertThat(certificate.printed().holderIdentityNumber()).isEqualTo("3171014506900001");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, x < 20 ? 0xff005c66 : 0x00000000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
