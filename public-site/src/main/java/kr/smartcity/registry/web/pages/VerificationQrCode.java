package kr.smartcity.registry.web.pages;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.smartcity.registry.web.certificate.QrCode;
import kr.smartcity.registry.web.certificate.QrSvg;
import kr.smartcity.registry.web.certificate.VerificationUrls;

/**
 * A certificate number's QR code as an SVG image: it holds the 진위확인 address, never the status,
 * so it never changes and caches may keep it for a day.
 */
@Controller
class VerificationQrCode {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final RegisteredCertifications certifications;
    private final VerificationUrls verificationUrls;

    VerificationQrCode(RegisteredCertifications certifications, VerificationUrls verificationUrls) {
        this.certifications = certifications;
        this.verificationUrls = verificationUrls;
    }

    @GetMapping("/certifications/{number}/qr.svg")
    ResponseEntity<byte[]> svg(@PathVariable String number) {
        String certificateNumber = certifications.byNumber(number).certificateNumber();
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrSvg.of(QrCode.of(verificationUrls.of(certificateNumber))));
    }
}
