package id.pendamping.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessorLicenceTest {

    private final AssessorLicence licence = new AssessorLicence("MET.000.001234.2024", LocalDate.of(2027, 3, 31),
            Set.of("SKM-PDP-SOS-01"));

    @Test
    void coversItsSchemesUpToAndIncludingTheExpiryDay() {
        assertThat(licence.refusal("SKM-PDP-SOS-01", LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(licence.refusal("SKM-PDP-SOS-01", LocalDate.of(2027, 3, 31))).isEmpty();
    }

    @Test
    void refusesTheDayAfterExpiry() {
        assertThat(licence.refusal("SKM-PDP-SOS-01", LocalDate.of(2027, 4, 1))).contains("assessor.licence.expired");
    }

    @Test
    void refusesASchemeOutsideItsScope() {
        assertThat(licence.refusal("SKM-UKM-01", LocalDate.of(2026, 11, 23))).contains("assessor.licence.outOfScope");
    }
}
