package id.pendamping.certification.infrastructure;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A centre's signing key with its certificate chain, signer first. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
