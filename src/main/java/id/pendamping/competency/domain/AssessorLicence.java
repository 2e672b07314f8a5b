package id.pendamping.competency.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What an assessor's registration allows: assessing candidates of the schemes in scope until the
 * licence expires (the expiry day itself still counts).
 */
public record AssessorLicence(String registrationNumber, LocalDate expiresOn, Set<String> schemes) {

    /** Why this licence does not cover the scheme today, as a bundle key; empty when it does. */
    public Optional<String> refusal(String schemeCode, LocalDate today) {
        if (today.isAfter(expiresOn)) {
            return Optional.of("assessor.licence.expired");
        }
        if (!schemes.contains(schemeCode)) {
            return Optional.of("assessor.licence.outOfScope");
        }
        return Optional.empty();
    }
}
