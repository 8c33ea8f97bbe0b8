package kr.smartcity.registry.query.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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
import kr.smartcity.registry.query.api.RegistryQueries.FindLatestRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.HistoryItem;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChange;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChanges;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;

/** Answers the public registry: lists with filters, one certification, the certificate check, and its changes. */
@Component
public class RegistryQueryHandler {

    private static final EnumSet<CertificationStatus> IN_FORCE =
            EnumSet.of(CertificationStatus.ACTIVE, CertificationStatus.RE_REVIEW);

    /** Oldest first, as {@link PublicChange}'s index has them. */
    private static final Sort IN_ORDER = Sort.by("at", "certificateNumber", "historyIndex");

    /** Facet pages worth keeping: the common combinations of a few facets. */
    private static final int PAGES_KEPT = 512;
    /** Every certificate's check, for a registry of tens of thousands. */
    private static final int VERIFICATIONS_KEPT = 50_000;

    private record CheckedOn(String certificateNumber, LocalDate day) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final RegistryAnswers<FindCertificationsQuery, CertificationPage> pages;
    private final RegistryAnswers<CheckedOn, Optional<Verification>> verifications;
    private final RegionFilter regions;

    public RegistryQueryHandler(MongoTemplate mongo, Clock clock, RegistryVersion version, RegionFilter regions) {
        this.mongo = mongo;
        this.clock = clock;
        this.pages = new RegistryAnswers<>(version, PAGES_KEPT);
        this.verifications = new RegistryAnswers<>(version, VERIFICATIONS_KEPT);
        this.regions = regions;
    }

    @QueryHandler
    CertificationPage handle(FindCertificationsQuery query) {
        return pages.answer(query, () -> read(query));
    }

    private CertificationPage read(FindCertificationsQuery query) {
        Query select = new Query(filters(query));
        long total = mongo.count(select, RegistryEntry.class);
        select.with(sort(query.order()))
                .skip((long) query.page() * query.size())
                .limit(query.size());
        var items = mongo.find(select, RegistryEntry.class).stream().map(RegistryQueryHandler::summary).toList();
        return new CertificationPage(items, query.page(), query.size(), total);
    }

    /**
     * A page never ends inside one instant: the changes of its last instant are all taken, so that the next page,
     * which starts after that instant, misses none of them.
     */
    @QueryHandler
    RegistryChanges handle(FindRegistryChangesQuery query) {
        List<PublicChange> page = mongo.find(new Query(Criteria.where("at").gt(query.since()))
                .with(IN_ORDER).limit(query.limit()), PublicChange.class);
        if (page.size() < query.limit()) {
            return new RegistryChanges(changes(page), null);
        }
        Instant last = page.get(page.size() - 1).at();
        List<PublicChange> whole = new ArrayList<>(page.stream().filter(change -> change.at().isBefore(last)).toList());
        whole.addAll(mongo.find(new Query(Criteria.where("at").is(last)).with(IN_ORDER), PublicChange.class));
        return new RegistryChanges(changes(whole), last);
    }

    @QueryHandler
    List<RegistryChange> handle(FindLatestRegistryChangesQuery query) {
        return changes(mongo.find(new Query().with(IN_ORDER.reverse()).limit(query.limit()), PublicChange.class));
    }

    @QueryHandler
    Optional<CertificationDetail> handle(FindCertificationQuery query) {
        return Optional.ofNullable(mongo.findById(query.certificateNumber(), RegistryEntry.class))
                .map(RegistryQueryHandler::detail);
    }

    /** Whether a certificate is in force depends on the day too: a check is kept for the day it was made. */
    @QueryHandler
    Optional<Verification> handle(VerifyCertificateQuery query) {
        CheckedOn check = new CheckedOn(query.certificateNumber(), LocalDate.now(clock));
        return verifications.answer(check, () -> verify(check));
    }

    private Optional<Verification> verify(CheckedOn check) {
        LocalDate today = check.day();
        return Optional.ofNullable(mongo.findById(check.certificateNumber(), RegistryEntry.class))
                .map(entry -> new Verification(entry.certificateNumber(), entry.status(),
                        IN_FORCE.contains(entry.status()) && !today.isBefore(entry.validFrom())
                                && !today.isAfter(entry.validUntil()),
                        entry.validFrom(), entry.validUntil(), entry.serviceNameKo(), entry.holderName(),
                        entry.level(), entry.field(), entry.successorNumber()));
    }

    private Criteria filters(FindCertificationsQuery query) {
        return regions.narrow(ListFilters.withoutRegion(query), query.region());
    }

    /** Each order as its index on {@link RegistryEntry} declares it; ties by certificate number. */
    private static Sort sort(RegistryOrder order) {
        return switch (order == null ? RegistryOrder.NEWEST : order) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "validFrom", "certificateNumber");
            case OLDEST -> Sort.by(Sort.Direction.ASC, "validFrom", "certificateNumber");
            case NAME -> Sort.by("serviceNameKo", "certificateNumber");
            case SCORE -> Sort.by(Sort.Direction.DESC, "totalScore").and(Sort.by("certificateNumber"));
            case EXPIRY -> Sort.by("validUntil", "certificateNumber");
        };
    }

    private static List<RegistryChange> changes(List<PublicChange> documents) {
        return documents.stream().map(PublicChange::change).toList();
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
