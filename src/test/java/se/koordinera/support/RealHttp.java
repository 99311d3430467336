package se.koordinera.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real HTTP against the running test server (not MockMvc), for what only the servlet container
 * does: the error dispatch to /error, filters before Spring MVC, cookies and sessions as a browser
 * keeps them. One instance is one browser: it keeps its cookies; it never follows redirects.
 */
public final class RealHttp {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf;
    private static final java.util.regex.Pattern CSRF_FIELD = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public RealHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static String basic(TestData.User user) {
        return basic(user.username(), TestData.PASSWORD);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            java.util.regex.Matcher m = CSRF_FIELD.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /** A form post with this browser's CSRF token (from the last page that had a form) added, as a browser sends it. */
    public HttpResponse<String> form(String path, Map<String, String> fields) {
        String token = csrfToken();
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))
                + (token == null ? "" : "&_csrf=" + enc(token));
        return send("POST", path, "application/x-www-form-urlencoded", body, "Accept", "text/html");
    }

    /** Logs in through the form like a browser; afterwards this instance holds the session cookie. */
    public RealHttp login(String username, String password) {
        get("/login");
        HttpResponse<String> r = form("/login", Map.of("username", username, "password", password));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Login failed: " + r.statusCode() + " " + r.headers().map());
        }
        get("/oversikt"); // a page with forms: its CSRF token for the next posts
        return this;
    }

    /** The CSRF token of the last page with a form (as the hidden field {@code _csrf} holds it). */
    /** Posts the login form of {@code loginPath} with a wrong password and returns the answer as it is (for outage tests). */
    public HttpResponse<String> login503(String loginPath) {
        get(loginPath);
        return form(loginPath, Map.of("username", "vem.som.helst", "password", "fel"));
    }

    public String csrfToken() {
        return csrf;
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals(name));
    }

    public java.util.List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
