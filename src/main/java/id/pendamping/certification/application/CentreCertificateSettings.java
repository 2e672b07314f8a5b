package id.pendamping.certification.application;

import id.pendamping.certification.domain.CertificateNumberFormat;
import id.pendamping.certification.domain.CertificateSettings;
import id.pendamping.certification.domain.ResultBands;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A coordinator's certificate settings for their own centre: the number format, the signatory and
 * the result bands. A change applies to certificates issued afterwards; issued ones keep what they
 * printed.
 */
@ApplicationScoped
public class CentreCertificateSettings {

    public static final int MAX_TEXT = 200;

    @Inject
    Caller caller;

    @Inject
    CertificateNumbering numbering;

    @Transactional
    public CertificateSettings mine() {
        caller.require(Role.COORDINATOR);
        return numbering.settings(caller.account().getTrainingCenter().getId());
    }

    @Transactional
    public void change(String numberFormat, String signatoryName, String signatoryTitleId, String signatoryTitleEn,
                       String resultBands) {
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
                signatoryName.strip(), signatoryTitleId.strip(), signatoryTitleEn.strip(), resultBands.strip());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw new InvalidInput(field, "certificate.settings.textRequired", MAX_TEXT);
        }
    }
}
