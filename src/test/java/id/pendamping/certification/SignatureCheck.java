package id.pendamping.certification;

import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.ASN1InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a signed PDF the way a PDF reader does: the last signature's byte range must cover the
 * whole file but its own contents, and the CMS signature must verify over those bytes with the
 * certificate it carries.
 */
public record SignatureCheck(boolean coversWholeFile, boolean valid, String subFilter, String signer) {

    public static SignatureCheck of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            boolean whole = range[0] == 0 && range[2] + range[3] == pdf.length;
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    withoutPadding(signature.getContents()));
            SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signerInfo.getSID())
                    .iterator().next();
            boolean valid;
            try {
                valid = signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (Exception e) {
                valid = false;
            }
            String signer = new JcaX509CertificateConverter().getCertificate(holder).getSubjectX500Principal().getName();
            return new SignatureCheck(whole, valid, signature.getSubFilter(), signer);
        } catch (Exception e) {
            return new SignatureCheck(false, false, null, e.toString());
        }
    }

    /** The signature is reserved with zeros after the DER structure; readers take the structure only. */
    private static byte[] withoutPadding(byte[] contents) throws java.io.IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return in.readObject().getEncoded("DER");
        }
    }
}
