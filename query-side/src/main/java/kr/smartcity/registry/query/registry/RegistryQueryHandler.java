package kr.smartcity.registry.query.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationSummary;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.HistoryItem;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;

/** Answers the public registry: lists with filters, one certification, and the certificate check. */
@Component
public class RegistryQueryHandler {

    private static final EnumSet<CertificationStatus> IN_FORCE =
            EnumSet.of(CertificationStatus.ACTIVE, CertificationStatus.RE_REVIEW);

    private final MongoTemplate mongo;
    private final Clock clock;

    public RegistryQueryHandler(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @QueryHandler
    CertificationPage handle(FindCertificationsQuery query) {
        Query select = new Query(filters(query));
        long total = mongo.count(select, RegistryEntry.class);
        select.with(Sort.by(Sort.Direction.DESC, "validFrom").and(Sort.by("certificateNumber")))
                .skip((long) query.page() * query.size())
                .limit(query.size());
        var items = mongo.find(select, RegistryEntry.class).stream().map(RegistryQueryHandler::summary).toList();
        return new CertificationPage(items, query.page(), query.size(), total);
    }

    @QueryHandler
    Optional<CertificationDetail> handle(FindCertificationQuery query) {
        return Optional.ofNullable(mongo.findById(query.certificateNumber(), RegistryEntry.class))
                .map(RegistryQueryHandler::detail);
    }

    @QueryHandler
    Optional<Verification> handle(VerifyCertificateQuery query) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(mongo.findById(query.certificateNumber(), RegistryEntry.class))
                .map(entry -> new Verification(entry.certificateNumber(), entry.status(),
                        IN_FORCE.contains(entry.status()) && !today.isBefore(entry.validFrom())
                                && !today.isAfter(entry.validUntil()),
                        entry.validFrom(), entry.validUntil(), entry.serviceNameKo(), entry.holderName(),
                        entry.level(), entry.field(), entry.successorNumber()));
    }

    private static Criteria filters(FindCertificationsQuery query) {
        Criteria criteria = new Criteria();
        if (query.field() != null) {
            criteria.and("field").is(query.field());
        }
        if (query.level() != null) {
            criteria.and("level").is(query.level());
        }
        if (query.status() != null) {
            criteria.and("status").is(query.status());
        }
        if (query.year() != null) {
            criteria.and("awardYear").is(query.year());
        }
        if (query.region() != null && !query.region().isBlank()) {
            criteria.and("region").is(query.region());
        }
        if (query.text() != null && !query.text().isBlank()) {
            criteria.and("searchKey").regex(Pattern.quote(RegistryEntry.normalise(query.text())));
        }
        return criteria;
    }

    private static CertificationSummary summary(RegistryEntry entry) {
        return new CertificationSummary(entry.certificateNumber(), entry.serviceNameKo(), entry.serviceNameEn(),
                entry.holderName(), entry.field(), entry.level(), entry.status(), entry.validFrom(),
                entry.validUntil(), entry.totalScore());
    }

    private static CertificationDetail detail(RegistryEntry entry) {
        return new CertificationDetail(entry.certificateNumber(), entry.serviceNameKo(), entry.serviceNameEn(),
                entry.holderName(), entry.holderNames(), entry.field(), entry.level(), entry.region(), entry.status(),
                entry.validFrom(), entry.validUntil(), entry.totalScore(), entry.areaScores(), entry.previousNumber(),
                entry.successorNumber(),
                entry.history().stream()
                        .map(step -> new HistoryItem(step.at(), step.status(), step.event(), step.reason()))
                        .toList());
    }
}
