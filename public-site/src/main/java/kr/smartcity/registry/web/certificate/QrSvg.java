package kr.smartcity.registry.web.certificate;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.HtmlUtils;

/** A QR code as an SVG image: one path of unit squares on a white ground, its text as the image's title. */
public final class QrSvg {

    private QrSvg() {
    }

    public static byte[] of(QrCode code) {
        StringBuilder path = new StringBuilder();
        code.darkRuns().forEach(run -> path.append('M').append(run.x()).append(' ').append(run.y())
                .append('h').append(run.length()).append("v1h-").append(run.length()).append('z'));
        String svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1$d %1$d" role="img" \
                shape-rendering="crispEdges">\
                <title>%2$s</title><rect width="%1$d" height="%1$d" fill="#fff"/><path fill="#000" d="%3$s"/></svg>
                """.formatted(code.size(), HtmlUtils.htmlEscape(code.text(), "UTF-8"), path);
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
