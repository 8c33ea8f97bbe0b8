package kr.smartcity.registry.query.api;

import java.math.BigDecimal;
import java.util.List;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Public statistics (통계) of the registry, as tables of plain rows. */
public final class StatisticsQueries {

    private StatisticsQueries() {
    }

    public record StatisticsQuery() {
    }

    /**
     * {@code certifications}: how many certifications there are by award year, field, level and status (only
     * combinations that occur). {@code passRates} and {@code areaAverages}: per round, of the applications submitted to
     * it (re-reviews belong to no round and are left out).
     */
    public record Statistics(
            List<CertificationCount> certifications,
            List<RoundPassRate> passRates,
            List<RoundAreaAverage> areaAverages) {
    }

    /** The award year is the year the validity begins, as in the registry's year filter. */
    public record CertificationCount(
            int awardYear,
            ServiceField field,
            ServiceLevel level,
            CertificationStatus status,
            long count) {
    }

    /**
     * 합격률: of the applications decided in the round, the share certified, in percent with one decimal; null while
     * none is decided.
     */
    public record RoundPassRate(
            String roundId,
            long submitted,
            long decided,
            long certified,
            BigDecimal passRatePercent) {
    }

    /** The mean points of one area over the round's concluded scorecards (each application's latest), two decimals. */
    public record RoundAreaAverage(
            String roundId,
            String areaCode,
            String areaNameKo,
            long scorecards,
            BigDecimal averagePoints) {
    }
}
