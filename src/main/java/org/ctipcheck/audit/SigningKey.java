package org.ctipcheck.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

/**
 * The Ed25519 key that signs checkpoints, kept in the data directory as {@code checkpoint-key.pk8} (owner-only)
 * and {@code checkpoint-key.pub.pem}. Created on first use.
 */
final class SigningKey {
    static final String PRIVATE_FILE = "checkpoint-key.pk8";
    static final String PUBLIC_FILE = "checkpoint-key.pub.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static synchronized SigningKey loadOrCreate(Path dataDirectory) {
        Path privateFile = dataDirectory.resolve(PRIVATE_FILE);
        Path publicFile = dataDirectory.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile)) {
                KeyFactory factory = KeyFactory.getInstance("Ed25519");
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                return new SigningKey(privateKey, readPublic(publicFile));
            }
            Files.createDirectories(dataDirectory);
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path temporary = dataDirectory.resolve(PRIVATE_FILE + ".tmp");
            Files.write(temporary, pair.getPrivate().getEncoded());
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's ACL applies
            }
            Files.writeString(publicFile, pem(pair.getPublic()), StandardCharsets.US_ASCII);
            Files.move(temporary, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException | GeneralSecurityException e) {
            throw new AuditException("cannot read or create the checkpoint signing key in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    static PublicKey readPublic(Path pemFile) {
        try {
            String text = Files.readString(pemFile, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new AuditException("cannot read the public key " + pemFile + ": " + e.getMessage(), e);
        }
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    static String keyId(PublicKey key) {
        return Hashing.sha256(key.getEncoded()).substring(0, 16);
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String sign(String message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new AuditException("cannot sign a checkpoint: " + e.getMessage(), e);
        }
    }

    static boolean verify(PublicKey key, String message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What a checkpoint signs. */
    static String checkpointMessage(long recordCount, String headHash, String signedAt) {
        return "ctip-audit-checkpoint\n" + recordCount + "\n" + headHash + "\n" + signedAt + "\n";
    }
}
