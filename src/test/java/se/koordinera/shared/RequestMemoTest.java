package se.koordinera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestMemoTest {

    final AtomicInteger reads = new AtomicInteger();

    Integer read() {
        return reads.incrementAndGet();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aValueIsReadOncePerRequestAndAgainAfterItIsForgotten() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(1);
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(1);
        assertThat(RequestMemo.get("Settings.u2", this::read)).isEqualTo(2);
        assertThat(RequestMemo.get("Unit.a", this::read)).isEqualTo(3);

        RequestMemo.forget("Settings.");
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(4);
        assertThat(RequestMemo.get("Settings.u2", this::read)).isEqualTo(5);
        assertThat(RequestMemo.get("Unit.a", this::read)).as("another prefix is kept").isEqualTo(3);

        // The next request reads afresh.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(6);
    }

    @Test
    void outsideARequestEveryCallReads() {
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(1);
        assertThat(RequestMemo.get("Settings.u1", this::read)).isEqualTo(2);
        RequestMemo.forget("Settings.");
        assertThat(reads).hasValue(2);
    }
}
