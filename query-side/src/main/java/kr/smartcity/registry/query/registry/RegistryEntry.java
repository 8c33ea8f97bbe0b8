package kr.smartcity.registry.query.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * One certification in the public registry, with its public history. Entries never disappear:
 * revoked and expired ones stay with their status. {@code searchKey} holds the names and holders
 * as {@link SearchKeys} normalises them, because the embedded MongoDB has no {@code $text}. Each history
 * step carries its event id, so processing an event again changes nothing.
 * <p>
 * Indexes follow the list's filters and orders ({@code RegistryOrder}), each ending in {@code _id}, the
 * certificate number that breaks ties so pages stay stable: every filter leads one index, followed by the
 * default order (newest first, read backwards for oldest first); status → field → level, the public list's
 * usual narrowing, share one; and each other order has its own for the unfiltered list. Text search is an
 * unanchored regular expression, which no index serves.
 */
@Document(RegistryEntry.COLLECTION)
@CompoundIndex(name = "status_field_level_newest",
        def = "{'status': 1, 'field': 1, 'level': 1, 'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "field_level_newest", def = "{'field': 1, 'level': 1, 'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "level_newest", def = "{'level': 1, 'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "year_newest", def = "{'awardYear': 1, 'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "region_newest", def = "{'region': 1, 'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "newest", def = "{'validFrom': -1, '_id': -1}")
@CompoundIndex(name = "name", def = "{'serviceNameKo': 1, '_id': 1}")
@CompoundIndex(name = "score", def = "{'totalScore': -1, '_id': 1}")
@CompoundIndex(name = "expiry", def = "{'validUntil': 1, '_id': 1}")
record RegistryEntry(
        @Id String certificateNumber,
        String serviceNameKo,
        String serviceNameEn,
        List<String> holderNames,
        ServiceField field,
        ServiceLevel level,
        String region,
        CertificationStatus status,
        int awardYear,
        LocalDate validFrom,
        LocalDate validUntil,
        BigDecimal totalScore,
        Map<String, BigDecimal> areaScores,
        String previousNumber,
        String successorNumber,
        List<Step> history,
        String searchKey) {

    static final String COLLECTION = "registry_entries";

    record Step(String eventId, Instant at, CertificationStatus status, String event, String reason) {
    }

    String holderName() {
        return String.join(", ", holderNames);
    }

    /** The step an event made, if this entry has taken it already. */
    Optional<Step> step(String eventId) {
        return history.stream().filter(step -> step.eventId().equals(eventId)).findFirst();
    }

    /** This entry after one more step of its history, in the status the step leads to. */
    RegistryEntry after(Step step) {
        return new RegistryEntry(certificateNumber, serviceNameKo, serviceNameEn, holderNames, field, level, region,
                step.status(), awardYear, validFrom, validUntil, totalScore, areaScores, previousNumber, successorNumber,
                appended(step), searchKey);
    }

    RegistryEntry succeededBy(String number, Step step) {
        return new RegistryEntry(certificateNumber, serviceNameKo, serviceNameEn, holderNames, field, level, region,
                step.status(), awardYear, validFrom, validUntil, totalScore, areaScores, previousNumber, number,
                appended(step), searchKey);
    }

    RegistryEntry heldBy(List<String> names, Step step) {
        return new RegistryEntry(certificateNumber, serviceNameKo, serviceNameEn, List.copyOf(names), field, level,
                region, status, awardYear, validFrom, validUntil, totalScore, areaScores, previousNumber,
                successorNumber, appended(step), SearchKeys.key(serviceNameKo, serviceNameEn, names));
    }

    private List<Step> appended(Step step) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(step);
        return List.copyOf(steps);
    }
}
