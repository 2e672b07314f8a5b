package id.pendamping.certification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate signing keys, from the PKCS#12 keystore that {@code wildfly-config/configure-certificates.cli}
 * names ({@code pendamping.certificates.keystore}, its password and default alias). A centre signs
 * with the key under its own code (lower case) when the keystore has one, else with the default key.
 * On the embedded default ({@code pendamping.certificates.demo-key=true}) a missing keystore is
 * created at first start with a self-signed demo key, so the platform works out of the box; a real
 * deployment supplies its own and refuses to issue without it.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private KeyStore keyStore;
    private char[] password;
    private String defaultAlias;
    private String problem;

    /** Loads (and on the embedded default creates) the keystore at start-up, not at the first issue. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        isReady();
    }

    @PostConstruct
    void load() {
        password = System.getProperty("pendamping.certificates.keystore-password", "demo-keystore-pendamping").toCharArray();
        defaultAlias = System.getProperty("pendamping.certificates.key-alias", "default");
        String configured = System.getProperty("pendamping.certificates.keystore", "");
        Path path = configured.isBlank()
                ? Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "pendamping", "certificate-signing.p12")
                : Path.of(configured);
        try {
            if (!Files.exists(path) && Boolean.getBoolean("pendamping.certificates.demo-key")) {
                createDemoKeyStore(path);
            }
            if (!Files.exists(path)) {
                problem = "no certificate signing keystore at " + path;
                LOG.warning(problem + ": certificates cannot be issued until one is configured");
                return;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, password);
            }
            keyStore = store;
        } catch (IOException | GeneralSecurityException e) {
            problem = "cannot read the certificate signing keystore " + path + ": " + e.getMessage();
            LOG.severe(problem);
        }
    }

    /** The key a centre signs with; refused when the platform has no usable keystore. */
    public SigningKey forCentre(String centreCode) {
        if (keyStore == null) {
            throw new IllegalStateException(problem);
        }
        try {
            String own = centreCode.toLowerCase(Locale.ROOT);
            String alias = keyStore.isKeyEntry(own) ? own : defaultAlias;
            PrivateKey key = (PrivateKey) keyStore.getKey(alias, password);
            Certificate[] chain = keyStore.getCertificateChain(alias);
            if (key == null || chain == null) {
                throw new IllegalStateException("no signing key '" + alias + "' in the certificate keystore");
            }
            return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key", e);
        }
    }

    private void createDemoKeyStore(Path path) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        SigningKey demo = demoKey("CN=Akademi Pendamping (kunci demo / demo key), O=Akademi Pendamping, C=ID");
        store.setKeyEntry(defaultAlias, demo.privateKey(), password, demo.chain().toArray(new Certificate[0]));
        Files.createDirectories(path.getParent());
        Path partial = path.resolveSibling(path.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            store.store(out, password);
        }
        Files.move(partial, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.warning("Created a self-signed DEMO certificate signing key at " + path + "; replace it in production");
    }

    /**
     * A self-signed key for signing documents, valid ten years: ECDSA on P-256, as strong as RSA
     * with 3,072 bits and some ten times faster to sign with, which matters for a cohort issued at once.
     */
    public static SigningKey demoKey(String distinguishedName) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name(distinguishedName);
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot create the demo signing key", e);
        }
    }

    /** For a page that tells a coordinator why issuing is unavailable. */
    public boolean isReady() {
        return keyStore != null;
    }

}
