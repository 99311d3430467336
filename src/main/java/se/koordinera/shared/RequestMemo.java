package se.koordinera.shared;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value read at most once per HTTP request, kept in the request's own attributes. For small
 * reads that several parts of one page repeat (the user's settings, the unit's region: the overview
 * read each three or four times, issue 13). Never shared between requests, so never stale across
 * them; the service that writes such a value forgets it, so a request that writes and then renders
 * sees its own write. Outside a request (scheduled work, tests without one) every call reads.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /** The request's value under the key, read by {@code read} the first time; {@code read} must not return null. */
    public static <T> T get(String key, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (value == null) {
            value = read.get();
            request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    /** Forgets every value of this request whose key starts with the prefix (after a write of what they hold). */
    public static void forget(String keyPrefix) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
            if (name.startsWith(keyPrefix)) {
                request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
            }
        }
    }
}
