package kr.smartcity.registry.query.statistics;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.StatisticsQueries.Statistics;
import kr.smartcity.registry.query.api.StatisticsQueries.StatisticsQuery;

/** Answers the statistics; they are public, so anyone may ask. */
@Component
public class StatisticsQueryHandler {

    private final MongoTemplate mongo;

    public StatisticsQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    Statistics handle(StatisticsQuery query) {
        List<ApplicationFacts> applications = mongo.findAll(ApplicationFacts.class);
        return new Statistics(StatisticsTables.counts(mongo.findAll(CertificationFacts.class)),
                StatisticsTables.passRates(applications), StatisticsTables.areaAverages(applications));
    }
}
