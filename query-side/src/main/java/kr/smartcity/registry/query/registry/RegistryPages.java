package kr.smartcity.registry.query.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;

/**
 * The registry pages answered since the registry last changed, the most recently asked first: the public asks for
 * the same facet pages over and over, and the registry changes a few times a day, so a page is counted and sorted
 * once per change instead of once per request. Bounded, least recently asked dropped first.
 */
@Component
public class RegistryPages {

    private static final int KEPT = 512;

    private record Answer(long version, CertificationPage page) {
    }

    private final RegistryVersion version;
    private final Map<FindCertificationsQuery, Answer> answers = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FindCertificationsQuery, Answer> eldest) {
            return size() > KEPT;
        }
    };

    public RegistryPages(RegistryVersion version) {
        this.version = version;
    }

    CertificationPage answer(FindCertificationsQuery query, Supplier<CertificationPage> read) {
        long now = version.current();
        Answer kept;
        synchronized (answers) {
            kept = answers.get(query);
        }
        if (kept != null && kept.version() == now) {
            return kept.page();
        }
        CertificationPage page = read.get();
        synchronized (answers) {
            answers.put(query, new Answer(now, page));
        }
        return page;
    }
}
