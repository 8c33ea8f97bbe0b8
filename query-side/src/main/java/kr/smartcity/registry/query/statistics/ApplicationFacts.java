package kr.smartcity.registry.query.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.DecisionOutcome;

/**
 * What the statistics take from one application: its round (null for a re-review), the area points of its latest
 * concluded scorecard (empty until one is concluded) and the decision (null until decided). One document per
 * application, aggregated when asked, so processing an event again changes nothing. Read whole, so no index.
 */
@Document(ApplicationFacts.COLLECTION)
record ApplicationFacts(
        @Id String applicationId,
        String roundId,
        List<AreaPoints> areas,
        DecisionOutcome outcome) {

    static final String COLLECTION = "statistics_applications";

    /** The area points of a scorecard concluded again (after discrepancies at the site) replace the earlier ones. */
    ApplicationFacts concluded(List<AreaPoints> newAreas) {
        return new ApplicationFacts(applicationId, roundId, List.copyOf(newAreas), outcome);
    }

    ApplicationFacts decided(DecisionOutcome newOutcome) {
        return new ApplicationFacts(applicationId, roundId, areas, newOutcome);
    }

    record AreaPoints(String areaCode, String nameKo, BigDecimal points) {
    }
}
