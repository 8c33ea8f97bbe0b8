package kr.smartcity.registry.infra;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running registry serves, read from Spring MVC's own mapping (so a new page or API call is
 * found without anybody listing it), as {@code "METHOD /path/{var}"} with the handler that answers it.
 */
final class Endpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private Endpoints() {
    }

    record Endpoint(String method, String pattern, HandlerMethod handler) {

        String key() {
            return method + " " + pattern;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        boolean page() {
            return !pattern.startsWith("/api/") && !pattern.equals("/feed.atom");
        }

        /** The address with each path variable given its value ({@code {id}} → an application id, …). */
        String path(Map<String, String> values) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalStateException("No value for {" + name + "} in " + pattern);
                }
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return variable.appendTail(path).toString();
        }
    }

    static List<Endpoint> of(RunningRegistry registry) {
        RequestMappingHandlerMapping mapping = registry.bean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        return mapping.getHandlerMethods().entrySet().stream()
                .flatMap(entry -> entry.getKey().getPatternValues().stream().flatMap(pattern -> {
                    var methods = entry.getKey().getMethodsCondition().getMethods();
                    return (methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList()).stream()
                            .map(method -> new Endpoint(method, pattern, entry.getValue()));
                }))
                .sorted(Comparator.comparing(Endpoint::key))
                .toList();
    }
}
