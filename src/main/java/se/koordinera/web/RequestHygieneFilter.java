package se.koordinera.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.koordinera.shared.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything else runs, requests that no part of Koordinera can store or read: a NUL
 * character (U+0000) in any query or form parameter or in any JSON string (PostgreSQL cannot store
 * it in text), a Content-Type that is not one concrete type ({@code *}{@code /*}, garbage), and a
 * multipart body without its boundary. The answer is 400 or 415 through {@link ErrorPages}: problem
 * details for the API, the Swedish error page in the browser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestHygieneFilter extends OncePerRequestFilter {

    static final String NUL_MESSAGE = "Texten innehåller ett otillåtet tecken (NUL, U+0000)";
    /** The largest JSON body read for the check: above the certificate import's 10 000 certificates. */
    static final int MAX_JSON_BYTES = 64 * 1024 * 1024;

    private final JsonMapper json;

    public RequestHygieneFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        MediaType type = null;
        boolean hasBody = switch (request.getMethod()) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
        if (hasBody && contentType != null && !contentType.isBlank()) {
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                refuseDirectly(request, response, 415, "Innehållstypen (Content-Type) kan inte läsas.");
                return;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                refuseDirectly(request, response, 415, "Ange en bestämd innehållstyp (Content-Type), till exempel application/json.");
                return;
            }
            if (type.getType().equals("multipart") && type.getParameter("boundary") == null) {
                refuseDirectly(request, response, 400, "Flerdelad begäran (multipart) saknar gräns (boundary).");
                return;
            }
        }
        // Numbers are written with 0-9 only: Long.parseLong would read fullwidth ０-９ and other scripts'
        // digits, so that /cases/１ would be case 1. Refused in the path and the query string.
        if (hasForeignDigit(decoded(request.getRequestURI())) || hasForeignDigit(decoded(request.getQueryString()))) {
            refuse(request, response, 400, "Siffror i adressen ska skrivas med 0-9.", List.of());
            return;
        }
        boolean multipart = type != null && type.getType().equals("multipart");
        if (!multipart) {
            List<FieldProblem> bad = new ArrayList<>();
            for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                if (p.getKey().indexOf('\0') >= 0) {
                    bad.add(new FieldProblem(p.getKey().replace('\0', '?'), NUL_MESSAGE));
                    continue;
                }
                for (String v : p.getValue()) {
                    if (v != null && v.indexOf('\0') >= 0) {
                        bad.add(new FieldProblem(p.getKey(), NUL_MESSAGE));
                        break;
                    }
                }
            }
            if (!bad.isEmpty()) {
                refuse(request, response, 400, NUL_MESSAGE + ".", bad);
                return;
            }
        }
        if (type != null && isJson(type)) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (body.length > MAX_JSON_BYTES) {
                refuse(request, response, 413, null, List.of());
                return;
            }
            if (containsNul(body)) {
                refuse(request, response, 400, NUL_MESSAGE + ".", nulFields(body));
                return;
            }
            chain.doFilter(new CachedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasForeignDigit(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String q) {
        if (q == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(q, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return q;
        }
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    /** A raw NUL byte, or the JSON escape {@code \u0000} that is not itself an escaped backslash. */
    static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\') {
                if (i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                        && body[i + 4] == '0' && body[i + 5] == '0') {
                    return true;
                }
                i++; // skip the escaped character (also a second backslash)
            }
        }
        return false;
    }

    /** The JSON paths (e.g. {@code [3].patient.name}) of the strings that hold a NUL, for the field messages. */
    private List<FieldProblem> nulFields(byte[] body) {
        List<FieldProblem> fields = new ArrayList<>();
        try {
            collect(json.readTree(body), "", fields);
        } catch (RuntimeException e) {
            // Not valid JSON: the NUL itself is the problem of the whole body.
        }
        if (fields.isEmpty()) {
            fields.add(new FieldProblem("", NUL_MESSAGE));
        }
        return fields;
    }

    private static void collect(JsonNode node, String path, List<FieldProblem> fields) {
        if (fields.size() >= 20) {
            return;
        }
        if (node.isString()) {
            if (node.asString().indexOf('\0') >= 0) {
                fields.add(new FieldProblem(path, NUL_MESSAGE));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", fields);
            }
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                String name = e.getKey().replace('\0', '?');
                String child = path.isEmpty() ? name : path + "." + name;
                if (e.getKey().indexOf('\0') >= 0) {
                    fields.add(new FieldProblem(child, NUL_MESSAGE));
                }
                collect(e.getValue(), child, fields);
            }
        }
    }

    /** For a body nothing may try to parse again (the error dispatch would): the answer is written here. */
    private static void refuseDirectly(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        DatabaseOutageFilter.writeDirectly(request, response, status, ErrorPages.title(status), detail);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail,
            List<FieldProblem> errors) throws IOException {
        if (detail != null) {
            request.setAttribute(ErrorPages.DETAIL, detail);
        }
        request.setAttribute(ErrorPages.ERRORS, errors);
        response.sendError(status);
    }

    /** The request with its JSON body already read, so that the controllers can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The body is already read into memory; no controller here reads it asynchronously.
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
