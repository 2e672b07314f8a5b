package id.pendamping.certification.application;

import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.certification.domain.CertificateNumberFormat;
import id.pendamping.certification.domain.CertificateSettings;
import id.pendamping.certification.domain.ResultBands;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.FileContent;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A coordinator's certificate settings for their own centre: the number format, the signatory, the
 * result bands, whether the holder's identity number is printed, and the logo. A change applies to certificates issued afterwards; issued ones keep what they
 * printed.
 */
@ApplicationScoped
public class CentreCertificateSettings {

    public static final int MAX_TEXT = 200;

    @Inject
    Caller caller;

    @Inject
    CertificateNumbering numbering;

    @Inject
    CertificateLogos logos;

    @Inject
    java.time.Clock clock;

    @Transactional
    public CertificateSettings mine() {
        caller.require(Role.COORDINATOR);
        return numbering.settings(caller.account().getTrainingCenter().getId());
    }

    @Transactional
    public void change(String numberFormat, String signatoryName, String signatoryTitleId, String signatoryTitleEn,
                       String resultBands, boolean printIdentityNumber) {
        caller.require(Role.COORDINATOR);
        List<String> problems = CertificateNumberFormat.problems(numberFormat);
        if (!problems.isEmpty()) {
            throw new InvalidInput("numberFormat", problems.get(0));
        }
        required("signatoryName", signatoryName);
        required("signatoryTitleId", signatoryTitleId);
        required("signatoryTitleEn", signatoryTitleEn);
        try {
            ResultBands.parse(resultBands);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInput("resultBands", invalid.getMessage());
        }
        numbering.settings(caller.account().getTrainingCenter().getId()).change(numberFormat.strip(),
                signatoryName.strip(), signatoryTitleId.strip(), signatoryTitleEn.strip(), resultBands.strip(),
                printIdentityNumber);
    }

    /** Whether the coordinator's centre has a logo on its certificates. */
    @Transactional
    public boolean hasLogo() {
        caller.require(Role.COORDINATOR);
        return logos.of(caller.account().getTrainingCenter().getId()).isPresent();
    }

    /**
     * The logo for the centre's next certificates: a PNG or JPEG (read from the content) of at most
     * 512 KB. Certificates already issued keep the logo they were drawn with.
     */
    @Transactional
    public void changeLogo(String fileName, byte[] image) {
        caller.require(Role.COORDINATOR);
        if (image == null || image.length == 0) {
            throw new InvalidInput("logo", "certificate.logo.empty");
        }
        if (image.length > CertificateLogo.MAX_BYTES) {
            throw new InvalidInput("logo", "certificate.logo.tooLarge", CertificateLogo.MAX_BYTES / 1024);
        }
        String type = FileContent.detect(image);
        if (!type.equals("image/png") && !type.equals("image/jpeg")) {
            throw new InvalidInput("logo", "certificate.logo.type", fileName, type);
        }
        try {
            if (javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image)) == null) {
                throw new InvalidInput("logo", "certificate.logo.type", fileName, type);
            }
        } catch (java.io.IOException unreadable) {
            throw new InvalidInput("logo", "certificate.logo.type", fileName, type);
        }
        logos.save(caller.account().getTrainingCenter().getId(), new CertificateLogo(type, image), clock.instant());
    }

    @Transactional
    public void removeLogo() {
        caller.require(Role.COORDINATOR);
        logos.remove(caller.account().getTrainingCenter().getId());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw new InvalidInput(field, "certificate.settings.textRequired", MAX_TEXT);
        }
    }
}
