package kr.smartcity.registry.web.readside;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Marks every answer given while read models are rebuilt: the header {@value #HEADER} names them (for API
 * clients), and the request attribute {@value #ATTRIBUTE} lets the page layout show a notice.
 */
@Component
public class RebuildingNotice implements HandlerInterceptor {

    public static final String HEADER = "X-Read-Models-Rebuilding";
    public static final String ATTRIBUTE = "rebuildingReadModels";

    private final RebuildingReadModels rebuilding;

    public RebuildingNotice(RebuildingReadModels rebuilding) {
        this.rebuilding = rebuilding;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> names = rebuilding.now();
        if (!names.isEmpty()) {
            response.setHeader(HEADER, String.join(", ", names));
            request.setAttribute(ATTRIBUTE, names);
        }
        return true;
    }
}
