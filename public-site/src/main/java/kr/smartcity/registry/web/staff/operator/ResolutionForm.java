package kr.smartcity.registry.web.staff.operator;

import java.math.BigDecimal;
import java.util.Optional;

import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;

/**
 * 의결 as typed, the fields of the API's ResolutionRequest: the indicator, its points (0 to the indicator's maximum,
 * two decimals at most), the rationale, and votes for and against where a majority is asked for (no more votes than
 * members). Public because the template reads it.
 */
public record ResolutionForm(String indicatorCode, String points, String rationale, String votesFor,
                             String votesAgainst) {

    static ResolutionForm empty() {
        return new ResolutionForm("", "", "", "", "");
    }

    Optional<RecordResolutionCommand> command(CaseView.Case theCase, FormErrors errors) {
        IndicatorRow row = FormInput.blank(indicatorCode) ? null : theCase.row(indicatorCode);
        if (row == null) {
            errors.reject("indicatorCode", "operator.error.indicator");
        }
        Optional<BigDecimal> resolved = FormInput.points("points", points, row == null ? null : row.maxPoints(),
                errors);
        String why = FormInput.optionalText("rationale", rationale, 2000, errors);
        int members = theCase.application().evaluators().size();
        Optional<Integer> inFavour = FormInput.count("votesFor", votesFor, members, errors);
        Optional<Integer> against = FormInput.count("votesAgainst", votesAgainst, members, errors);
        if (inFavour.isEmpty() && against.isPresent() && !errors.has("votesFor")) {
            errors.reject("votesFor", "operator.error.votesFor");
        }
        if (inFavour.isPresent() && against.isPresent() && inFavour.get() + against.get() > members) {
            errors.reject("votesAgainst", "operator.error.votesTotal");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        Votes votes = inFavour.map(yes -> new Votes(yes, against.orElse(0))).orElse(null);
        return Optional.of(new RecordResolutionCommand(theCase.application().applicationId(), row.code(),
                resolved.get(), why, votes));
    }
}
