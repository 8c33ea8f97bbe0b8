package kr.smartcity.registry.web.pages;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.smartcity.registry.web.certificate.Certificate;
import kr.smartcity.registry.web.certificate.CertificatePdf;
import kr.smartcity.registry.web.certificate.CertificateWording;

/**
 * 인증서: a certification's certificate as a printable page and as an A4 PDF, both in the language
 * of the page ({@code ?lang=en}) and both with the same words.
 */
@Controller
class CertificatePage {

    private final RegisteredCertifications certifications;
    private final CertificateWording wording;
    private final CertificatePdf pdf;

    CertificatePage(RegisteredCertifications certifications, CertificateWording wording, CertificatePdf pdf) {
        this.certifications = certifications;
        this.wording = wording;
        this.pdf = pdf;
    }

    @GetMapping("/certifications/{number}/certificate")
    String page(@PathVariable String number, Locale locale, Model model) {
        model.addAttribute("certificate", certificate(number, locale));
        return "certificate";
    }

    /** Shown in the browser rather than saved, under a name that says which certificate it is. */
    @GetMapping("/certifications/{number}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, Locale locale) {
        Certificate certificate = certificate(number, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + certificate.number() + ".pdf").build().toString())
                .body(pdf.of(certificate));
    }

    private Certificate certificate(String number, Locale locale) {
        return wording.of(certifications.byNumber(number), locale);
    }
}
