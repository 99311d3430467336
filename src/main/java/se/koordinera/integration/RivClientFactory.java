package se.koordinera.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the JAX-WS (CXF) clients of the RIV-TA contracts: SOAP 1.1, the configured endpoint, connect
 * and receive timeouts, and mutual TLS with the SITHS function certificate when a keystore is set.
 * Responses are not schema-validated and unknown elements are ignored (the producers add some).
 */
@Component
class RivClientFactory {

    private static final Logger log = LoggerFactory.getLogger(RivClientFactory.class);

    private final IntegrationSettings settings;
    private volatile TLSClientParameters tls;

    RivClientFactory(IntegrationSettings settings) {
        this.settings = settings;
    }

    <T> T create(Class<T> port, String url) {
        if (url.startsWith("http:") && settings.keystore() != null) {
            throw new IllegalStateException("A keystore for mutual TLS is set, so " + url + " must use https");
        }
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(port);
        factory.setAddress(url);
        factory.setProperties(new java.util.HashMap<>(Map.of(
                "schema-validation-enabled", "false",
                // CXF's own JAXB event handler refuses unknown elements; the contracts allow foreign extensions.
                "set-jaxb-validation-event-handler", "false",
                "soap.no.validate.parts", "true")));
        T proxy = factory.create(port);
        Client client = ClientProxy.getClient(proxy);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        // RIV-TA BP 2.1 is SOAP 1.1 over HTTP/1.1: no h2c upgrade attempts towards the platform.
        policy.setVersion("1.1");
        policy.setContentType("text/xml; charset=UTF-8");
        conduit.setClient(policy);
        if (url.startsWith("https:")) {
            conduit.setTlsClientParameters(tls());
        }
        return proxy;
    }

    /** Warns once at start-up about plain http, which is allowed only without a client certificate. */
    void warnIfPlainHttp(String name, String url) {
        if (url != null && url.startsWith("http:")) {
            log.warn("{} is called over plain http ({}): allowed only for tests and local set-ups, never towards NTjP", name, url);
        }
    }

    private TLSClientParameters tls() {
        TLSClientParameters current = tls;
        if (current != null) {
            return current;
        }
        try {
            TLSClientParameters params = new TLSClientParameters();
            params.setDisableCNCheck(false);
            if (settings.keystore() != null) {
                KeyStore keys = load(settings.keystore(), settings.keystorePassword());
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, settings.keystorePassword().toCharArray());
                params.setKeyManagers(kmf.getKeyManagers());
            }
            if (settings.truststore() != null) {
                KeyStore trust = load(settings.truststore(), settings.truststorePassword());
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                params.setTrustManagers(tmf.getTrustManagers());
            }
            tls = params;
            return params;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the NTjP keystore or truststore: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, String password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(path)) {
            String type = path.toString().endsWith(".jks") ? "JKS" : "PKCS12";
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
