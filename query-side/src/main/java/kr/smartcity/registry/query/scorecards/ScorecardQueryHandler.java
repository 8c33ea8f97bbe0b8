package kr.smartcity.registry.query.scorecards;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * Answers one application's scorecard as the viewer may see it ({@link ScorecardViews}). Roles that may see no
 * scorecard are refused before the lookup, so they cannot learn which applications exist; an unknown application is
 * an empty answer, someone else's case a refusal.
 */
@Component
public class ScorecardQueryHandler {

    private final MongoTemplate mongo;

    public ScorecardQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    Optional<Scorecard> handle(FindScorecardQuery query, Viewer viewer) {
        ScorecardViews.admit(viewer);
        return Optional.ofNullable(mongo.findById(query.applicationId(), ScorecardDocument.class))
                .map(doc -> ScorecardViews.seenBy(viewer, doc));
    }
}
