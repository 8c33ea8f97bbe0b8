package kr.smartcity.registry.web.staff.ministry;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;
import kr.smartcity.registry.query.api.AuditQueries.ExportAuditTrailQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.api.Csv;

/**
 * 감사 (ministry only: evaluators are named here and nowhere public). With an application: its scores per indicator
 * and evaluator with every change and the resolution beside them; without: the audit trail by evaluator account,
 * indicator and dates. Each view downloads as CSV with the same rows and columns.
 */
@Controller
class AuditPage {

    private final QueryGateway queries;
    private final MessageSource messages;

    AuditPage(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/staff/ministry/audit")
    String audit(@Valid @ModelAttribute("search") AuditSearch search, BindingResult errors, Model model,
                 HttpServletResponse response) {
        search.checkDates(errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "staff/ministry/audit";
        }
        if (!search.isEmpty()) {
            Optional<AuditTable> table = table(search);
            if (table.isEmpty()) {
                errors.rejectValue("applicationId", "ministry.audit.applicationId.unknown");
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "staff/ministry/audit";
            }
            model.addAttribute("table", table.get());
            model.addAttribute("csv", UriComponentsBuilder.fromPath("/staff/ministry/audit.csv")
                    .query(queryString(search)).build().toUriString());
        }
        return "staff/ministry/audit";
    }

    /** The same table as the page; the page offers this link only for a valid search. */
    @GetMapping("/staff/ministry/audit.csv")
    ResponseEntity<byte[]> export(@Valid @ModelAttribute("search") AuditSearch search, BindingResult errors) {
        search.checkDates(errors);
        if (errors.hasErrors() || search.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        AuditTable table = table(search).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> header = table.columnKeys().stream()
                .map(key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()))
                .toList();
        return Csv.download(search.forApplication() ? "audit-application.csv" : "audit-trail.csv")
                .body(Csv.of(header, table.rows(), row -> row));
    }

    private Optional<AuditTable> table(AuditSearch search) {
        if (search.forApplication()) {
            return queries.query(new FindScorecardQuery(search.filter().applicationId()),
                            ResponseTypes.optionalInstanceOf(Scorecard.class)).join()
                    .map(scorecard -> ApplicationAudit.of(scorecard, search));
        }
        List<AuditEntry> entries = queries.query(new ExportAuditTrailQuery(search.filter()),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        return Optional.of(TrailAudit.of(entries));
    }

    private static String queryString(AuditSearch search) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        addIfSet(query, "applicationId", search.getApplicationId());
        addIfSet(query, "evaluator", search.getEvaluator());
        addIfSet(query, "indicator", search.getIndicator());
        addIfSet(query, "from", search.getFrom());
        addIfSet(query, "to", search.getTo());
        return query.build().encode().getQuery();
    }

    private static void addIfSet(UriComponentsBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.queryParam(name, value.strip());
        }
    }
}
