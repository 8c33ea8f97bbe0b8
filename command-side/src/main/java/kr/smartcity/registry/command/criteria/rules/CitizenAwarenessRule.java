package kr.smartcity.registry.command.criteria.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 1.1.1.1 (S-111) 시민체감도 향상: the highest of (1) awareness survey share ≥ 1/2 → 3, ≥ 1/3 → 2, ≥ 1/4 → 1;
 * (2) press report mentioning perceived improvement, 가군 → 3, 나군 → 2, 다군 → 1; (3) other evidence → committee.
 */
public final class CitizenAwarenessRule implements IndicatorRule<CitizenAwarenessRule.Facts> {

    public record AwarenessSurvey(SurveyDesign design, int respondents, int aware) {
        public AwarenessSurvey {
            if (respondents <= 0 || aware < 0 || aware > respondents) {
                throw new IllegalArgumentException("aware must be between 0 and respondents > 0");
            }
        }
    }

    public record Facts(Optional<AwarenessSurvey> survey, List<PressReport> press, boolean otherEvidence)
            implements Evidence {
        public Facts {
            press = List.copyOf(press);
        }
    }

    private final PressMediaDirectory media;

    public CitizenAwarenessRule(PressMediaDirectory media) {
        this.media = media;
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<Suggestion> types = new ArrayList<>();
        facts.survey().ifPresent(survey -> types.add(survey(survey, context)));
        facts.press().stream().filter(r -> r.admissible(context) && r.mentionsPerceivedImprovement())
                .map(this::press).forEach(types::add);
        if (facts.otherEvidence()) {
            types.add(Suggestion.withheld("기타 증빙: 평가위원회 의결 / other evidence: committee resolution"));
        }
        return Suggestion.highestOf(types);
    }

    private static Suggestion survey(AwarenessSurvey survey, ScoringContext context) {
        if (!survey.design().admissible(context)) {
            return Suggestion.none("설문조사 요건 미충족 / survey not admissible");
        }
        long aware = survey.aware();
        long respondents = survey.respondents();
        String basis = "인지 " + aware + "/" + respondents;
        // exact fractions: aware/respondents ≥ 1/k ⇔ k × aware ≥ respondents
        if (2 * aware >= respondents) {
            return Suggestion.of(3, basis + " ≥ 1/2");
        }
        if (3 * aware >= respondents) {
            return Suggestion.of(2, basis + " ≥ 1/3");
        }
        if (4 * aware >= respondents) {
            return Suggestion.of(1, basis + " ≥ 1/4");
        }
        return Suggestion.none(basis + " < 1/4");
    }

    private Suggestion press(PressReport report) {
        PressGroup group = media.groupOf(report.outlet());
        int points = switch (group) {
            case GA -> 3;
            case NA -> 2;
            case DA -> 1;
        };
        return Suggestion.of(points, report.outlet() + " " + group.nameKo());
    }
}
