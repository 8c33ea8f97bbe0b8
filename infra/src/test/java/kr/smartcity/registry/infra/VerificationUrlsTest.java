package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.smartcity.registry.web.certificate.VerificationUrls;

/** The address a certificate's QR code holds: absolute, on the configured public site, the number one path segment. */
class VerificationUrlsTest {

    @Test
    void theNumberFollowsThePublicSitesVerifyPath() {
        assertThat(new VerificationUrls("https://registry.example.kr/smartcity/").of("SCS-2024-T-0042"))
                .isEqualTo("https://registry.example.kr/smartcity/verify/SCS-2024-T-0042");
        assertThat(new VerificationUrls("http://localhost:8080").of("SCS 2024/1"))
                .isEqualTo("http://localhost:8080/verify/SCS%202024%2F1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "registry.example.kr", "/verify", "ftp://registry.example.kr",
            "https://registry.example.kr/?a=b", "${REGISTRY_PUBLIC_BASE_URL}"})
    void anAddressAReaderCannotOpenStopsTheStart(String base) {
        assertThatIllegalStateException().isThrownBy(() -> new VerificationUrls(base))
                .withMessageContaining("registry.public-base-url");
    }
}
