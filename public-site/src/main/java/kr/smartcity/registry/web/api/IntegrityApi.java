package kr.smartcity.registry.web.api;

import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReport;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReportQuery;
import kr.smartcity.registry.query.api.IntegrityMessages.LatestDigestQuery;

/**
 * Tamper-evident history: the admin's verification of the event chain, and the daily digest anyone may note down
 * to notice a later rewrite.
 */
@RestController
class IntegrityApi {

    private final QueryGateway queries;

    IntegrityApi(QueryGateway queries) {
        this.queries = queries;
    }

    /** Verifies every stored event; {@code date} names the day whose digest is compared with the published one. */
    @GetMapping("/api/v1/admin/integrity")
    IntegrityReport verify(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return queries.query(new IntegrityReportQuery(date), IntegrityReport.class).join();
    }

    @GetMapping("/api/v1/integrity/digest")
    DailyDigest digest() {
        return queries.query(new LatestDigestQuery(), ResponseTypes.optionalInstanceOf(DailyDigest.class)).join()
                .orElseThrow(() -> new NotFoundException(
                        "아직 공표된 요약값이 없습니다. / No digest has been published yet."));
    }
}
