package kr.smartcity.registry.web.pages;

import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout needs, staff and error pages included: the current path (the menu marks it) and the address of
 * the same page, with the same query, in the other language.
 */
@ControllerAdvice(basePackages = {"kr.smartcity.registry.web.pages", "kr.smartcity.registry.web.staff"},
        assignableTypes = ErrorController.class)
class PageModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed != null ? failed.toString() : request.getRequestURI();
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(HttpServletRequest request, Locale locale) {
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        Object query = error ? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        return UriComponentsBuilder.fromPath(currentPath(request))
                .query(query == null ? null : query.toString())
                .replaceQueryParam("lang", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "ko" : "en")
                .build()
                .toUriString();
    }
}
