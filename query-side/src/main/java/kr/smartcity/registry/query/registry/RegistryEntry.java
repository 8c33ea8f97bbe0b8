package kr.smartcity.registry.query.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * One certification in the public registry, with its public history. Entries never disappear:
 * revoked and expired ones stay with their status. {@code searchKey} holds the names and holders
 * lower-cased without spaces, because the embedded MongoDB has no {@code $text}. Each history
 * step carries its event id, so processing an event again changes nothing.
 */
@Document(RegistryEntry.COLLECTION)
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

    boolean hasStep(String eventId) {
        return history.stream().anyMatch(step -> step.eventId().equals(eventId));
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
                successorNumber, appended(step), searchKey(serviceNameKo, serviceNameEn, names));
    }

    private List<Step> appended(Step step) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(step);
        return List.copyOf(steps);
    }

    static String searchKey(String nameKo, String nameEn, List<String> holders) {
        return normalise(nameKo + "|" + nameEn + "|" + String.join("|", holders));
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
