package id.pendamping.certification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result bands (predikat) a centre prints, each from a minimum score up, written as
 * {@code 90:Sangat Memuaskan|Very satisfactory;80:Memuaskan|Satisfactory;...;0:Cukup|Adequate}.
 * The lowest band must start at 0 so every score has one.
 */
public final class ResultBands {

    public static final String DEFAULT =
            "90:Sangat Memuaskan|Excellent;80:Memuaskan|Very good;70:Baik|Good;0:Cukup|Satisfactory";

    /** One band: its minimum score and its name in both languages. */
    public record Band(BigDecimal minimum, String indonesian, String english) {
    }

    private final List<Band> bands;

    private ResultBands(List<Band> bands) {
        this.bands = bands;
    }

    public static ResultBands parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("certificate.settings.bands.required");
        }
        List<Band> bands = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] minAndNames = part.split(":", 2);
            String[] names = minAndNames.length == 2 ? minAndNames[1].split("\\|", 2) : new String[0];
            if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                throw new IllegalArgumentException("certificate.settings.bands.malformed");
            }
            BigDecimal minimum;
            try {
                minimum = new BigDecimal(minAndNames[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("certificate.settings.bands.malformed");
            }
            if (minimum.signum() < 0 || minimum.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("certificate.settings.bands.range");
            }
            bands.add(new Band(minimum, names[0].trim(), names[1].trim()));
        }
        bands.sort(Comparator.comparing(Band::minimum).reversed());
        if (bands.get(bands.size() - 1).minimum().signum() != 0) {
            throw new IllegalArgumentException("certificate.settings.bands.needsZero");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).minimum().compareTo(bands.get(i - 1).minimum()) == 0) {
                throw new IllegalArgumentException("certificate.settings.bands.duplicate");
            }
        }
        return new ResultBands(List.copyOf(bands));
    }

    public Band of(BigDecimal score) {
        return bands.stream().filter(b -> score.compareTo(b.minimum()) >= 0).findFirst().orElseThrow();
    }

    public List<Band> bands() {
        return bands;
    }
}
