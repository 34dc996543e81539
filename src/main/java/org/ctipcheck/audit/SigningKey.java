package org.ctipcheck.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 key that signs checkpoints. Either a deployment's key file (PKCS#8, DER or PEM; read, never created),
 * or the data directory's own {@code checkpoint-key.pk8} (owner-only, with {@code checkpoint-key.pub.pem} beside
 * it), created on first use. The public key is always derived from the private key, never read from beside it.
 */
final class SigningKey {
    static final String PRIVATE_FILE = "checkpoint-key.pk8";
    static final String PUBLIC_FILE = "checkpoint-key.pub.pem";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final String HOW_TO_MAKE = "create one with: openssl genpkey -algorithm ed25519 -out checkpoint-key.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The location's key: its key file, else the data directory's key, created if there is none yet. */
    static SigningKey of(AuditLocation location) {
        return location.signingKeyFile() != null ? load(location.signingKeyFile()) : loadOrCreate(location.dataDirectory());
    }

    /** The location's key if it exists; nothing is created. */
    static Optional<SigningKey> existing(AuditLocation location) {
        if (location.signingKeyFile() != null) {
            return Optional.of(load(location.signingKeyFile()));
        }
        Path privateFile = location.dataDirectory().resolve(PRIVATE_FILE);
        return Files.exists(privateFile) ? Optional.of(load(privateFile)) : Optional.empty();
    }

    /** Whether the data directory has its signing key. */
    static boolean exists(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(PRIVATE_FILE));
    }

    /** Whether the data directory once had a key: its public half is still there (the private one may be gone). */
    static boolean hadKey(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(PUBLIC_FILE));
    }

    /**
     * The data directory's key, created if there is none. Two processes starting on a fresh directory may both
     * generate one: each writes its key to a file of its own, and only one of them links it under the key's name
     * (a link fails when the name exists, so neither replaces the other's); the loser reads and uses the winner's.
     */
    static synchronized SigningKey loadOrCreate(Path dataDirectory) {
        Path privateFile = dataDirectory.resolve(PRIVATE_FILE);
        if (Files.exists(privateFile)) {
            return load(privateFile);
        }
        try {
            return create(dataDirectory, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new AuditException("cannot create the checkpoint signing key in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores {@code pair} as the directory's key unless another process stored one first (after this one found
     * none): then that one is read and returned, and {@code pair} is dropped.
     */
    static SigningKey create(Path dataDirectory, KeyPair pair) {
        Path privateFile = dataDirectory.resolve(PRIVATE_FILE);
        try {
            Files.createDirectories(dataDirectory);
            Path temporary = Files.createTempFile(dataDirectory, PRIVATE_FILE + ".", ".tmp");
            try {
                ownerOnly(temporary);
                Files.write(temporary, pair.getPrivate().getEncoded());
                Files.createLink(privateFile, temporary);
            } catch (java.nio.file.FileAlreadyExistsException anotherProcessWon) {
                return load(privateFile);
            } finally {
                Files.deleteIfExists(temporary);
            }
            Path publicTemporary = Files.createTempFile(dataDirectory, PUBLIC_FILE + ".", ".tmp");
            Files.writeString(publicTemporary, pem(pair.getPublic()), StandardCharsets.US_ASCII);
            Files.move(publicTemporary, dataDirectory.resolve(PUBLIC_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException | UnsupportedOperationException e) {
            throw new AuditException("cannot create the checkpoint signing key in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's ACL applies
        }
    }

    /** An Ed25519 private key in PKCS#8, DER or PEM; missing, unreadable or another kind of key is bad input. */
    static SigningKey load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AuditInputException("signing key " + file + ": no such file");
        } catch (IOException e) {
            throw new AuditInputException("signing key " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        byte[] der = privateKeyDer(file, bytes);
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new AuditInputException("signing key " + file + ": " + otherKind(der)
                    + "; the checkpoint key must be an Ed25519 private key (" + HOW_TO_MAKE + ")");
        }
        return new SigningKey(privateKey, publicKeyOf(file, privateKey));
    }

    private static byte[] privateKeyDer(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!text.contains("-----BEGIN ")) {
            return bytes;
        }
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            throw new AuditInputException("signing key " + file + ": an incomplete PEM block (no matching END line)");
        }
        String label = pem.group(1);
        if (!label.equals("PRIVATE KEY")) {
            throw new AuditInputException("signing key " + file + ": " + pemKind(label)
                    + "; the checkpoint key must be an unencrypted Ed25519 private key in PKCS#8 (" + HOW_TO_MAKE + ")");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.group(2).strip());
        } catch (IllegalArgumentException e) {
            throw new AuditInputException("signing key " + file + ": the PEM block is not valid base64");
        }
    }

    private static String pemKind(String label) {
        return switch (label) {
            case "PUBLIC KEY" -> "a public key, not a private key";
            case "ENCRYPTED PRIVATE KEY" -> "an encrypted private key";
            case "RSA PRIVATE KEY" -> "an RSA private key";
            case "EC PRIVATE KEY" -> "an EC private key";
            case "OPENSSH PRIVATE KEY" -> "an OpenSSH private key";
            case "CERTIFICATE" -> "a certificate";
            default -> "a PEM block of type " + label;
        };
    }

    /** What a PKCS#8 key that is not Ed25519 is, in words. */
    private static String otherKind(byte[] der) {
        for (String algorithm : new String[] {"RSA", "EC", "Ed448", "X25519", "X448", "DSA"}) {
            try {
                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                return "an " + algorithm + " private key";
            } catch (GeneralSecurityException | RuntimeException notThisOne) {
                // try the next kind
            }
        }
        return "not a PKCS#8 private key (expected DER, or PEM beginning with -----BEGIN PRIVATE KEY-----)";
    }

    /**
     * The Java API has no call from an Ed25519 private key to its public key; the key pair generator derives one
     * from 32 random bytes, so it is handed the key's own 32 bytes. The result is checked by a signature.
     */
    private static PublicKey publicKeyOf(Path file, PrivateKey privateKey) {
        try {
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new AuditInputException("signing key " + file + ": the key's bytes cannot be read"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            SigningKey key = new SigningKey(privateKey, publicKey);
            if (!verify(publicKey, "ctip-key-check", key.sign("ctip-key-check"))) {
                throw new AuditInputException("signing key " + file + ": its public key cannot be derived");
            }
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new AuditException("cannot derive the public key of " + file + ": " + e.getMessage(), e);
        }
    }

    /** An Ed25519 public key in PEM (as {@code ctip audit public-key} writes it) or X.509 DER. */
    static PublicKey readPublic(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AuditInputException("public key " + file + ": no such file");
        } catch (IOException e) {
            throw new AuditInputException("public key " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parsePublic(new String(bytes, StandardCharsets.ISO_8859_1).contains("-----BEGIN ")
                ? null : bytes, new String(bytes, StandardCharsets.ISO_8859_1), "public key " + file);
    }

    /** A public key from PEM text (or DER bytes when given); {@code what} names it in messages. */
    static PublicKey parsePublic(byte[] der, String pemText, String what) {
        if (der == null) {
            Matcher pem = PEM.matcher(pemText);
            if (!pem.find()) {
                throw new AuditInputException(what + ": not a PEM public key (expected -----BEGIN PUBLIC KEY-----)");
            }
            if (!pem.group(1).equals("PUBLIC KEY")) {
                throw new AuditInputException(what + ": " + pemKind(pem.group(1))
                        + "; expected the Ed25519 public key that ctip audit public-key prints");
            }
            try {
                der = Base64.getMimeDecoder().decode(pem.group(2).strip());
            } catch (IllegalArgumentException e) {
                throw new AuditInputException(what + ": the PEM block is not valid base64");
            }
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new AuditInputException(what + ": not an Ed25519 public key (expected the key ctip audit"
                    + " public-key prints)");
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

    String keyId() {
        return keyId(publicKey);
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
