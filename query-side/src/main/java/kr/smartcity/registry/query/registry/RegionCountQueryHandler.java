package kr.smartcity.registry.query.registry;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries.CountByRegionQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCount;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCounts;
import kr.smartcity.registry.query.regions.AdministrativeDistricts;

/** The registry's region facet: the list's matches counted per region as written, then summed per 시도. */
@Component
class RegionCountQueryHandler {

    /** The region facet of each facet page worth keeping. */
    private static final int KEPT = 512;

    private final MongoTemplate mongo;
    private final AdministrativeDistricts districts;
    private final RegistryAnswers<CountByRegionQuery, RegionCounts> counts;

    RegionCountQueryHandler(MongoTemplate mongo, AdministrativeDistricts districts, RegistryVersion version) {
        this.mongo = mongo;
        this.districts = districts;
        this.counts = new RegistryAnswers<>(version, KEPT);
    }

    @QueryHandler
    RegionCounts handle(CountByRegionQuery query) {
        return counts.answer(query, () -> count(query));
    }

    private RegionCounts count(CountByRegionQuery query) {
        var perRegion = mongo.aggregate(newAggregation(match(ListFilters.withoutRegion(query.within())),
                group("region").count().as("count")), RegistryEntry.COLLECTION, Document.class);
        Map<String, Long> perProvince = new HashMap<>();
        long unresolved = 0;
        for (Document written : perRegion) {
            long count = ((Number) written.get("count")).longValue();
            var province = districts.resolve(written.getString("_id"));
            if (province.isPresent()) {
                perProvince.merge(province.get().code(), count, Long::sum);
            } else {
                unresolved += count;
            }
        }
        return new RegionCounts(districts.provinces().stream()
                .map(province -> new RegionCount(province.code(), province.nameKo(), province.nameEn(),
                        perProvince.getOrDefault(province.code(), 0L)))
                .toList(), unresolved);
    }
}
