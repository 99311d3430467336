package se.koordinera.integration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Certificates generated at test time with the JDK's keytool: a server certificate for localhost,
 * the client's (a stand-in for the SITHS function certificate) and a second, untrusted client
 * certificate, each with a PKCS#12 keystore and a truststore holding the other side's certificate.
 */
final class TestCertificates {

    static final String PASSWORD = "hemligt";
    final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    static TestCertificates generate() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ntjp-tls");
        TestCertificates c = new TestCertificates(dir);
        c.keyPair("server", "CN=localhost, O=Testproducent", "SAN=dns:localhost,ip:127.0.0.1");
        c.keyPair("client", "CN=Koordinera, SERIALNUMBER=TSTNMT2321000156-1099, O=Region Testland", null);
        c.keyPair("wrong", "CN=Okand klient, O=Obehorig", null);
        c.trust("server", "client-trust.p12");
        c.trust("client", "server-trust.p12");
        return c;
    }

    Path keystore(String name) {
        return dir.resolve(name + ".p12");
    }

    Path truststore(String name) {
        return dir.resolve(name);
    }

    /** The server side: its own key, trusting only the client certificate. */
    SSLContext serverContext() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(keystore("server")), PASSWORD.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(load(truststore("server-trust.p12")));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path p) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private void keyPair(String name, String dname, String ext) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", dname, "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore(name).toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (ext != null) {
            cmd.add("-ext");
            cmd.add(ext);
        }
        run(cmd);
        run(List.of(keytool(), "-exportcert", "-alias", name, "-keystore", keystore(name).toString(), "-storepass", PASSWORD,
                "-file", dir.resolve(name + ".cer").toString()));
    }

    private void trust(String certName, String store) throws Exception {
        run(List.of(keytool(), "-importcert", "-noprompt", "-alias", certName, "-file", dir.resolve(certName + ".cer").toString(),
                "-storetype", "PKCS12", "-keystore", truststore(store).toString(), "-storepass", PASSWORD));
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("keytool failed: " + cmd + "\n" + out);
        }
    }
}
