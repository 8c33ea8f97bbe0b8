package kr.smartcity.registry.query.registry;

import java.util.Locale;
import java.util.regex.Pattern;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationSummary;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;

/** Answers the public registry: certified services filtered by field, level, status, year, region, text. */
@Component
public class RegistryQueryHandler {

    private final MongoTemplate mongo;

    public RegistryQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
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
            criteria.and("searchKey").regex(Pattern.quote(searchKey(query.text())));
        }
        return criteria;
    }

    private static String searchKey(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static CertificationSummary summary(RegistryEntry entry) {
        return new CertificationSummary(entry.certificateNumber(), entry.serviceNameKo(), entry.serviceNameEn(),
                entry.holderName(), entry.field(), entry.level(), entry.status(), entry.validFrom(),
                entry.validUntil(), entry.totalScore());
    }
}
