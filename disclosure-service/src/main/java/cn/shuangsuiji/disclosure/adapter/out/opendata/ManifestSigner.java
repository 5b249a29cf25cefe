package cn.shuangsuiji.disclosure.adapter.out.opendata;

import cn.shuangsuiji.disclosure.config.DisclosureProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 平台签名密钥 — signs open-data manifests with Ed25519 (JDK). The key is read from
 * {@code ssj.disclosure.signing-key-file} (PKCS#8, PEM or DER, kept outside the repository) with its public key
 * beside it ({@code <file>.pub}, X.509 PEM); without one, a demo key is generated once into the data directory
 * ({@code keys/open-data-ed25519.pem}) for local runs.
 */
@Component
class ManifestSigner {

    private static final Logger log = LoggerFactory.getLogger(ManifestSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    ManifestSigner(DisclosureProperties properties) {
        Path keyFile = properties.signingKeyFile() != null ? properties.signingKeyFile()
                : properties.dataDir().resolve("keys").resolve("open-data-ed25519.pem");
        Path publicFile = Path.of(keyFile + ".pub");
        try {
            if (!Files.exists(keyFile)) {
                if (properties.signingKeyFile() != null) {
                    throw new IllegalStateException("Signing key file not found: " + keyFile);
                }
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(keyFile.getParent());
                Files.writeString(keyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                log.warn("Generated a DEMO open-data signing key at {} (configure ssj.disclosure.signing-key-file "
                        + "in production)", keyFile);
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            this.privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readAllBytes(keyFile))));
            this.publicKey = factory.generatePublic(new X509EncodedKeySpec(decode(Files.readAllBytes(publicFile))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the open-data signing key " + keyFile, e);
        }
    }

    /** The Ed25519 signature of the bytes, base64. */
    String sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(byte[] content) {
        String text = new String(content, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN")) {
            return content;
        }
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
    }
}
