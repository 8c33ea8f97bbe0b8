package kr.smartcity.registry.query.registry;

import org.springframework.data.mongodb.core.query.Criteria;

import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;

/** The registry list's filters but its region ({@link RegionFilter} adds that), as one MongoDB criteria. */
final class ListFilters {

    private ListFilters() {
    }

    static Criteria withoutRegion(FindCertificationsQuery query) {
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
        if (query.text() != null && !query.text().isBlank()) {
            criteria.and("searchKey").regex(SearchKeys.pattern(query.text()));
        }
        return criteria;
    }
}
