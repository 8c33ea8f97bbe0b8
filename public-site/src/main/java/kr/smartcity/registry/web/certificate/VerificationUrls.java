package kr.smartcity.registry.web.certificate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * 진위확인 주소: the absolute address at which anyone checks a certificate number. A printed
 * certificate's QR code carries it, so it names the public site as its readers reach it
 * ({@code registry.public-base-url}), never the address this node happens to be called by.
 */
@Component
public class VerificationUrls {

    private final String base;

    public VerificationUrls(@Value("${registry.public-base-url:http://localhost:8080}") String base) {
        this.base = checked(base);
    }

    /** {@code <base>/verify/{number}}, the number encoded as one path segment. */
    public String of(String certificateNumber) {
        return base + "/verify/" + UriUtils.encodePathSegment(certificateNumber, StandardCharsets.UTF_8);
    }

    /** A certificate printed with a wrong address cannot be recalled: refuse to start with one. */
    private static String checked(String base) {
        String trimmed = base.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("registry.public-base-url is not a URL: " + base, e);
        }
        if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException(
                    "registry.public-base-url must be an absolute http(s) address such as https://registry.example.kr: "
                            + base);
        }
        return trimmed;
    }
}
