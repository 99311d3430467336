package se.koordinera.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.NotFoundException;

/**
 * Opaque references to patients for page URLs ({@code /patient/{ref}}), so that the personnummer
 * never lands in access logs, proxies or the browser's history. A reference is the personnummer
 * encrypted with the installation's AES key (one 16-byte block: the 12 digits and four zero bytes,
 * a keyed permutation), in URL-safe Base64: 22 characters that cannot be guessed, made or read
 * without the key, and stable, so a bookmarked page still opens. The key is random, made once and
 * kept in PostgreSQL, shared by all nodes. Anything that is not a reference answers 404, as an
 * unknown patient does. Templates call it as {@code ${@patientReferences.of(id)}}. The API keeps
 * the personnummer in its paths (API.md).
 */
@Component("patientReferences")
public class PatientReferences {

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    public PatientReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reference of a personnummer. A stored id (its 12 digits) is taken as it is, without parsing
     * it again: the overview makes a reference for each of its hundred rows. {@link #resolve} parses.
     */
    public String of(String personnummer) {
        String digits = Personnummer.isStoredForm(personnummer) ? personnummer : Personnummer.parse(personnummer).value();
        byte[] block = Arrays.copyOf(digits.getBytes(StandardCharsets.US_ASCII), 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(crypt(Cipher.ENCRYPT_MODE, block));
    }

    /** The patient of a reference; 404 for anything that is not one. */
    public Personnummer resolve(String reference) {
        byte[] block;
        try {
            block = Base64.getUrlDecoder().decode(reference);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        if (block.length != 16) {
            throw notFound();
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, block);
        for (int i = 12; i < 16; i++) {
            if (plain[i] != 0) {
                throw notFound();
            }
        }
        try {
            return Personnummer.parse(new String(plain, 0, 12, StandardCharsets.US_ASCII));
        } catch (InvalidPersonnummerException e) {
            throw notFound();
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Patienten finns inte på vårdenheten");
    }

    /**
     * One cipher per thread and mode, initialised once with the key: {@code Cipher.getInstance} looks
     * up the provider each time, and the overview builds a reference for every row it shows.
     */
    private final ThreadLocal<Cipher> encrypt = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE));
    private final ThreadLocal<Cipher> decrypt = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE));

    private byte[] crypt(int mode, byte[] block) {
        try {
            return (mode == Cipher.ENCRYPT_MODE ? encrypt : decrypt).get().doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode) {
        try {
            // One block only: AES itself as a keyed permutation (no chaining needed, no padding).
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(mode, key());
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            byte[] fresh = new byte[16];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into page_reference_key (id, key) values (1, ?) on conflict (id) do nothing").param(fresh).update();
            byte[] stored = jdbc.sql("select key from page_reference_key where id = 1").query(byte[].class).single();
            k = new SecretKeySpec(stored, "AES");
            key = k;
        }
        return k;
    }
}
