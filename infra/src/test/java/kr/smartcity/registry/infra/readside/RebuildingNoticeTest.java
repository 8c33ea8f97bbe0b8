package kr.smartcity.registry.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatusQuery;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProgress;
import kr.smartcity.registry.web.readside.RebuildingNotice;
import kr.smartcity.registry.web.readside.RebuildingReadModels;

/** Issue 5: while a read model is rebuilt, the answers say so instead of passing off a partial registry. */
class RebuildingNoticeTest {

    private final QueryGateway queries = mock(QueryGateway.class);

    private static ProjectionStatus status(String name, RebuildProgress rebuild) {
        return new ProjectionStatus(name, rebuild == null ? "running" : "replaying", 10L, 100L, rebuild, null);
    }

    @SuppressWarnings("unchecked")
    private void statuses(ProjectionStatus... statuses) {
        when(queries.query(any(ProjectionStatusQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(statuses)));
    }

    private MockHttpServletResponse answer(RebuildingNotice notice, MockHttpServletRequest request) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        notice.preHandle(request, response, new Object());
        return response;
    }

    @Test
    void anAnswerGivenDuringARebuildNamesTheReadModelsBeingRebuilt() {
        statuses(status("registry", new RebuildProgress(10, 100, 10, 5, 18L)), status("audit", null));
        RebuildingNotice notice = new RebuildingNotice(new RebuildingReadModels(queries, Clock.systemUTC()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/certifications");

        assertThat(answer(notice, request).getHeader(RebuildingNotice.HEADER)).isEqualTo("registry");
        assertThat(request.getAttribute(RebuildingNotice.ATTRIBUTE)).isEqualTo(List.of("registry"));
    }

    @Test
    void noRebuildNoNotice() {
        statuses(status("registry", null));
        RebuildingNotice notice = new RebuildingNotice(new RebuildingReadModels(queries, Clock.systemUTC()));
        assertThat(answer(notice, new MockHttpServletRequest()).getHeader(RebuildingNotice.HEADER)).isNull();
    }

    @Test
    void theStatusIsAskedAtMostOnceEveryFewSeconds() {
        statuses(status("registry", null));
        Clock fixed = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneId.of("Asia/Seoul"));
        RebuildingReadModels rebuilding = new RebuildingReadModels(queries, fixed);
        rebuilding.now();
        rebuilding.now();
        verify(queries, times(1)).query(any(ProjectionStatusQuery.class), any(ResponseType.class));
    }
}
