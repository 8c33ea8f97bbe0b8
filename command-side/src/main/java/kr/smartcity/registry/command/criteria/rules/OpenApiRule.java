package kr.smartcity.registry.command.criteria.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 3.1.1.1 (S-311 1) Open API 제공, counting only data the service itself generates: a dataset offered in ≥ 2 data or
 * file formats (e.g. xls, csv) → 2; one dataset in one format → 1.
 */
public final class OpenApiRule implements IndicatorRule<OpenApiRule.Facts> {

    public record OpenDataset(String name, Set<String> formats, boolean generatedByService) {
        public OpenDataset {
            formats = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    public record Facts(List<OpenDataset> datasets) implements Evidence {
        public Facts {
            datasets = List.copyOf(datasets);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<OpenDataset> own = facts.datasets().stream()
                .filter(d -> d.generatedByService() && !d.formats().isEmpty()).toList();
        int formats = own.stream().mapToInt(d -> d.formats().size()).max().orElse(0);
        if (formats >= 2) {
            return Suggestion.of(2, "데이터셋 " + own.size() + "개, 최대 " + formats + "개 형식");
        }
        return own.isEmpty() ? Suggestion.none("서비스 생성 데이터 Open API 없음 / none")
                : Suggestion.of(1, "데이터셋 " + own.size() + "개, 1개 형식");
    }
}
