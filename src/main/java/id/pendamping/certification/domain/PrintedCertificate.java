package id.pendamping.certification.domain;

import id.pendamping.platform.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every field printed on a certificate, exactly as printed. The renderer draws from it and the
 * verification page shows it, so what a verifier reads is what the document says; it is stored with
 * the certificate as JSON and never recomputed.
 *
 * @param lines the second page: modules with their hours, or units with their code and verdict
 * @param holderIdentityNumber the holder's NIK, where the centre prints it; otherwise null
 */
public record PrintedCertificate(CertificateKind kind, String institution, String city, String number,
                                 String holderName, String subjectId, String subjectEn, LocalDate periodFrom,
                                 LocalDate periodTo, String place, BigDecimal jp, BigDecimal score, String bandId,
                                 String bandEn, LocalDate issuedOn, LocalDate expiresOn, String signatoryName,
                                 String signatoryTitleId, String signatoryTitleEn, String verificationUrl,
                                 List<Line> lines, Wording wording, String holderIdentityNumber) {

    /**
     * The title and the sentence before the subject, when they come from configuration (a certification
     * body's certificate of competence); null on a training certificate, whose wording is the platform's.
     */
    public record Wording(String titleId, String titleEn, String statementId, String statementEn) {
    }

    /** A line of the second page: a module (code, titles, JP) or a unit (code, titles, verdict). */
    public record Line(String code, String titleId, String titleEn, String value) {
    }

    /** The same certificate issued again under a new number, code and date with a corrected name: a correction. */
    public PrintedCertificate reissued(String newNumber, String name, LocalDate on, String newVerificationUrl) {
        return new PrintedCertificate(kind, institution, city, newNumber, name, subjectId, subjectEn, periodFrom, periodTo,
                place, jp, score, bandId, bandEn, on, expiresOn, signatoryName, signatoryTitleId, signatoryTitleEn,
                newVerificationUrl, lines, wording, holderIdentityNumber);
    }

    /** The fields as the public sees them on verification: everything, with the identity number masked. */
    public PrintedCertificate forPublic() {
        return new PrintedCertificate(kind, institution, city, number, holderName, subjectId, subjectEn, periodFrom, periodTo,
                place, jp, score, bandId, bandEn, issuedOn, expiresOn, signatoryName, signatoryTitleId, signatoryTitleEn,
                verificationUrl, lines, wording, maskedIdentityNumber());
    }

    /** The identity number as shown on the public verification page: only its last four digits. */
    public String maskedIdentityNumber() {
        if (holderIdentityNumber == null) {
            return null;
        }
        int shown = Math.min(4, holderIdentityNumber.length());
        return "*".repeat(holderIdentityNumber.length() - shown) + holderIdentityNumber.substring(holderIdentityNumber.length() - shown);
    }

    /** Hours as printed, with the Indonesian decimal comma: 32,5. */
    public static String jp(BigDecimal jp) {
        return jp.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String toJson() {
        JsonObjectBuilder o = JsonText.JSON.createObjectBuilder()
                .add("kind", kind.name()).add("institution", institution).add("number", number)
                .add("holderName", holderName).add("subjectId", subjectId).add("subjectEn", subjectEn)
                .add("issuedOn", issuedOn.toString()).add("signatoryName", signatoryName)
                .add("signatoryTitleId", signatoryTitleId).add("signatoryTitleEn", signatoryTitleEn)
                .add("verificationUrl", verificationUrl);
        optional(o, "city", city);
        optional(o, "periodFrom", periodFrom);
        optional(o, "periodTo", periodTo);
        optional(o, "place", place);
        optional(o, "jp", jp == null ? null : jp.toPlainString());
        optional(o, "score", score == null ? null : score.toPlainString());
        optional(o, "bandId", bandId);
        optional(o, "bandEn", bandEn);
        optional(o, "expiresOn", expiresOn);
        optional(o, "holderIdentityNumber", holderIdentityNumber);
        JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
        for (Line line : lines) {
            array.add(JsonText.JSON.createObjectBuilder().add("code", line.code()).add("titleId", line.titleId())
                    .add("titleEn", line.titleEn()).add("value", line.value()));
        }
        if (wording != null) {
            o.add("wording", JsonText.JSON.createObjectBuilder().add("titleId", wording.titleId())
                    .add("titleEn", wording.titleEn()).add("statementId", wording.statementId())
                    .add("statementEn", wording.statementEn()));
        }
        return o.add("lines", array).build().toString();
    }

    public static PrintedCertificate fromJson(String json) {
        JsonObject o = JsonText.JSON.createReader(new StringReader(json)).readObject();
        List<Line> lines = o.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> new Line(l.getString("code"), l.getString("titleId"), l.getString("titleEn"), l.getString("value")))
                .toList();
        return new PrintedCertificate(CertificateKind.valueOf(o.getString("kind")), o.getString("institution"),
                text(o, "city"), o.getString("number"), o.getString("holderName"), o.getString("subjectId"),
                o.getString("subjectEn"), date(o, "periodFrom"), date(o, "periodTo"), text(o, "place"),
                decimal(o, "jp"), decimal(o, "score"), text(o, "bandId"), text(o, "bandEn"),
                LocalDate.parse(o.getString("issuedOn")), date(o, "expiresOn"), o.getString("signatoryName"),
                o.getString("signatoryTitleId"), o.getString("signatoryTitleEn"), o.getString("verificationUrl"), lines,
                wording(o.getJsonObject("wording")), text(o, "holderIdentityNumber"));
    }

    private static Wording wording(JsonObject w) {
        return w == null ? null : new Wording(w.getString("titleId"), w.getString("titleEn"), w.getString("statementId"),
                w.getString("statementEn"));
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value != null) {
            o.add(name, value.toString());
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }

    private static LocalDate date(JsonObject o, String name) {
        String text = text(o, name);
        return text == null ? null : LocalDate.parse(text);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        String text = text(o, name);
        return text == null ? null : new BigDecimal(text);
    }
}
