package id.pendamping.certification.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B (ETSI.CAdES.detached): a CMS signature over the document's byte
 * range, carrying the signer's certificate and the ESS signing-certificate-v2 attribute that binds
 * it, with the signing time in the signature dictionary and not in the CMS, as PAdES asks.
 *
 * <p>A new certificate is signed as it is first written: the document is saved once with the
 * signature's placeholders (its byte range and a zeroed /Contents), then the byte range is filled
 * in, the CMS computed over those bytes and written into /Contents, the way PDF writers do it for an
 * incremental update, without parsing and writing the document a second time.
 */
public final class PadesSigner {

    /** Who signs, where and why, as shown by PDF readers. */
    public record Signer(String name, String location, String reason) {
    }

    /** Signs a document that was drawn but never saved, writing it once. */
    public byte[] signAndSave(PDDocument doc, SigningKey key, Signer signer, Instant at) {
        try {
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(CONTENTS_SIZE);
            doc.addSignature(signature(signer, at), options);
            printable(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // No object streams: the signature dictionary must stay in plain text to be filled in.
            doc.save(out, CompressParameters.NO_COMPRESSION);
            options.close();
            byte[] pdf = out.toByteArray();
            fillIn(pdf, key);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int CONTENTS_SIZE = 8192;
    private static final byte[] BYTE_RANGE = "/ByteRange [0 1000000000 1000000000 1000000000]".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENTS = "/Contents <".getBytes(StandardCharsets.US_ASCII);

    /** Writes the byte range over the placeholder, then the CMS signature of those bytes into /Contents. */
    private static void fillIn(byte[] pdf, SigningKey key) throws IOException {
        int range = find(pdf, BYTE_RANGE, 0);
        int contents = find(pdf, CONTENTS, 0);
        if (range < 0 || contents < 0) {
            throw new IOException("the saved document has no signature placeholders");
        }
        int start = contents + CONTENTS.length - 1;
        int end = start + 2 + 2 * CONTENTS_SIZE;
        if (pdf[end - 1] != '>') {
            throw new IOException("unexpected signature placeholder");
        }
        String filled = "/ByteRange [0 " + start + " " + end + " " + (pdf.length - end) + "]";
        byte[] padded = Arrays.copyOf(filled.getBytes(StandardCharsets.US_ASCII), BYTE_RANGE.length);
        Arrays.fill(padded, filled.length(), padded.length, (byte) ' ');
        System.arraycopy(padded, 0, pdf, range, padded.length);
        byte[] signedBytes = new byte[start + pdf.length - end];
        System.arraycopy(pdf, 0, signedBytes, 0, start);
        System.arraycopy(pdf, end, signedBytes, start, pdf.length - end);
        byte[] cms = cms(signedBytes, key);
        if (cms.length > CONTENTS_SIZE) {
            throw new IOException("the signature does not fit its placeholder");
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, pdf, start + 1, hex.length);
    }

    private static int find(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static PDSignature signature(Signer signer, Instant at) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
        signature.setName(signer.name());
        signature.setLocation(signer.location());
        signature.setReason(signer.reason());
        signature.setSignDate(calendar(at));
        return signature;
    }

    /** PDF/A wants every annotation printable, the invisible signature widget included. */
    private static void printable(PDDocument doc) {
        for (PDField field : doc.getDocumentCatalog().getAcroForm().getFields()) {
            if (field instanceof PDSignatureField signatureField) {
                for (PDAnnotationWidget widget : signatureField.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
        }
    }

    private static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(
                    "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA").build(key.privateKey());
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(padesAttributes(key));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(contentSigner, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot sign the certificate", e);
        }
    }

    private static CMSAttributeTableGenerator padesAttributes(SigningKey key) throws GeneralSecurityException {
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)}))));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> {
            AttributeTable table = defaults.getAttributes(parameters);
            return table.remove(CMSAttributes.signingTime);
        };
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
