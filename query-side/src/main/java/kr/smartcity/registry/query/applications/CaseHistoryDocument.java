package kr.smartcity.registry.query.applications;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseStep;
import kr.smartcity.registry.query.api.CaseHistoryQueries.SupplementRequest;

/**
 * One case's history. {@code eventIds} are the events already taken in, so an event processed again adds no second
 * step.
 */
@Document("applicationHistory")
record CaseHistoryDocument(@Id String applicationId, List<CaseStep> steps, List<String> eventIds,
                           SupplementRequest supplement) {

    CaseHistoryDocument with(String eventId, CaseStep step) {
        if (eventIds.contains(eventId)) {
            return this;
        }
        List<CaseStep> moreSteps = new ArrayList<>(steps);
        moreSteps.add(step);
        List<String> moreIds = new ArrayList<>(eventIds);
        moreIds.add(eventId);
        return new CaseHistoryDocument(applicationId, List.copyOf(moreSteps), List.copyOf(moreIds), supplement);
    }

    CaseHistoryDocument asked(SupplementRequest request) {
        return new CaseHistoryDocument(applicationId, steps, eventIds, request);
    }
}
