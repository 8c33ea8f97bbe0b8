package kr.smartcity.registry.web.staff.applicant;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.ConstituentService;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.web.staff.PointsInput;

/**
 * The application form (별지 제3호 신청서 and the 자체평가표) as typed, by input name: {@code rep.*} the 대표 신청인,
 * {@code joint.*} one optional 공동 신청인, the service, and {@code self.<indicator code>} the self-evaluation.
 * {@link #errors} checks types, lengths, formats and the points' range and answers message keys of the applicant
 * bundle by input name; the command side checks the rest (the 사업자등록번호's check digit, the round's window and
 * fields), and its refusal is shown above the form.
 */
final class ApplicationInput {

    private static final List<String> APPLICANT_FIELDS = List.of("organisationName", "businessRegistrationNumber",
            "representativeName", "phone", "address", "organisationType");
    private static final List<String> SERVICE_FIELDS = List.of("serviceNameKo", "serviceNameEn", "region");
    private static final Pattern BUSINESS_NUMBER = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{6,18}[0-9]");
    private static final int SHORT_TEXT = 200;
    private static final int LONG_TEXT = 4000;

    private final Map<String, String> values;

    ApplicationInput(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Map<String, String> values() {
        return values;
    }

    /** Message keys by input name; empty when the form may be sent. */
    Map<String, String> errors(List<IndicatorView> selfEvaluated) {
        Map<String, String> errors = new LinkedHashMap<>();
        applicant("rep", errors);
        if (hasJointApplicant()) {
            applicant("joint", errors);
        }
        SERVICE_FIELDS.forEach(name -> required(name, SHORT_TEXT, errors));
        length("description", LONG_TEXT, errors);
        length("constituents", LONG_TEXT, errors);
        for (IndicatorView indicator : selfEvaluated) {
            String name = "self." + indicator.code();
            if (!value(name).isBlank()) {
                PointsInput.check(value(name), indicator.maxPoints()).ifPresent(problem ->
                        errors.put(name, "applicant.error.points." + problem.name().toLowerCase(Locale.ROOT)));
            }
        }
        return errors;
    }

    ApplicationForm toForm(ServiceField field, ServiceLevel level, List<IndicatorView> selfEvaluated) {
        Map<String, BigDecimal> selfEvaluation = new LinkedHashMap<>();
        selfEvaluated.forEach(indicator -> {
            BigDecimal points = PointsInput.parse(value("self." + indicator.code()));
            if (points != null) {
                selfEvaluation.put(indicator.code(), points);
            }
        });
        List<ConstituentService> constituents = Arrays.stream(value("constituents").split("\\R"))
                .map(String::trim).filter(line -> !line.isEmpty())
                .map(name -> new ConstituentService(name, null, null, null))
                .toList();
        return new ApplicationForm(applicant("rep"), hasJointApplicant() ? List.of(applicant("joint")) : List.of(),
                value("serviceNameKo").trim(), value("serviceNameEn").trim(), field, level, value("region").trim(),
                value("description").trim(), selfEvaluation, List.of(), constituents);
    }

    /** A joint applicant is given when any of its inputs is filled in; then all of them are required. */
    private boolean hasJointApplicant() {
        return APPLICANT_FIELDS.stream().anyMatch(name -> !value("joint." + name).isBlank());
    }

    private Applicant applicant(String prefix) {
        return new Applicant(value(prefix + ".organisationName").trim(),
                value(prefix + ".businessRegistrationNumber").trim(), value(prefix + ".representativeName").trim(),
                value(prefix + ".phone").trim(), value(prefix + ".address").trim(),
                OrganisationType.valueOf(value(prefix + ".organisationType")));
    }

    private void applicant(String prefix, Map<String, String> errors) {
        required(prefix + ".organisationName", SHORT_TEXT, errors);
        required(prefix + ".representativeName", SHORT_TEXT, errors);
        required(prefix + ".address", SHORT_TEXT, errors);
        formatted(prefix + ".businessRegistrationNumber", BUSINESS_NUMBER, "applicant.error.businessNumber", errors);
        formatted(prefix + ".phone", PHONE, "applicant.error.phone", errors);
        String type = prefix + ".organisationType";
        if (Arrays.stream(OrganisationType.values()).noneMatch(t -> t.name().equals(value(type)))) {
            errors.put(type, "applicant.error.choose");
        }
    }

    private void required(String name, int maxLength, Map<String, String> errors) {
        if (value(name).isBlank()) {
            errors.put(name, "applicant.error.required");
        } else {
            length(name, maxLength, errors);
        }
    }

    private void length(String name, int maxLength, Map<String, String> errors) {
        if (value(name).length() > maxLength) {
            errors.put(name, "applicant.error.long");
        }
    }

    private void formatted(String name, Pattern format, String key, Map<String, String> errors) {
        if (value(name).isBlank()) {
            errors.put(name, "applicant.error.required");
        } else if (!format.matcher(value(name).trim()).matches()) {
            errors.put(name, key);
        }
    }

    private String value(String name) {
        return values.getOrDefault(name, "");
    }
}
