package kr.smartcity.registry.infra.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over fields that cannot run into one another, so that moving bytes from one field to the next changes the
 * hash: a text or byte field is written as its length (four bytes, big-endian; -1 for none) and then its bytes (text
 * in UTF-8), a number as eight bytes, big-endian.
 */
final class HashInput {

    private final MessageDigest sha256;

    private HashInput(MessageDigest sha256) {
        this.sha256 = sha256;
    }

    static HashInput sha256() {
        try {
            return new HashInput(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    HashInput text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    HashInput bytes(byte[] value) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
        return this;
    }

    HashInput number(long value) {
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    /** The hash, in lower-case hexadecimal (64 characters). */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
