package kr.smartcity.registry.query.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries;
import kr.smartcity.registry.query.regions.AdministrativeDistricts;
import kr.smartcity.registry.query.regions.AdministrativeDistricts.Province;

/**
 * The registry list's region filter. Entries keep the region as the applicant wrote it, and it is resolved to its
 * 시도 when asked, not stored: a refreshed {@link AdministrativeDistricts} file then applies at the next start, with
 * no rebuild. A 시도 filter is the regions written in the registry that resolve to it.
 */
@Component
class RegionFilter {

    private final MongoTemplate mongo;
    private final AdministrativeDistricts districts;

    RegionFilter(MongoTemplate mongo, AdministrativeDistricts districts) {
        this.mongo = mongo;
        this.districts = districts;
    }

    /** {@code criteria} narrowed to a region as {@link RegistryQueries.FindCertificationsQuery} explains it. */
    Criteria narrow(Criteria criteria, String region) {
        if (region == null || region.isBlank()) {
            return criteria;
        }
        String asked = region.strip();
        if (asked.equals(RegistryQueries.UNRESOLVED_REGION)) {
            List<String> unresolved = new ArrayList<>(written(Optional::isEmpty));
            unresolved.add(null);
            return criteria.and("region").in(unresolved);
        }
        Optional<Province> province = districts.province(asked);
        if (province.isPresent()) {
            return criteria.and("region").in(written(found -> found.equals(province)));
        }
        return criteria.and("region").is(asked);
    }

    /** The regions written in the registry whose resolved 시도 passes the test. */
    private List<String> written(Predicate<Optional<Province>> test) {
        return mongo.findDistinct(new Query(), "region", RegistryEntry.class, String.class).stream()
                .filter(region -> test.test(districts.resolve(region)))
                .toList();
    }
}
