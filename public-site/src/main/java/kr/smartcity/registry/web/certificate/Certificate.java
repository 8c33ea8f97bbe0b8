package kr.smartcity.registry.web.certificate;

import java.util.List;

/**
 * 인증서: what a certificate says, worded in one language. The page and the PDF show exactly this,
 * so a printed page and a downloaded PDF never differ.
 *
 * @param language    {@code ko} or {@code en}: the language of every text here
 * @param notice      why the certificate does not (or may soon not) certify, or null while the certification is active
 * @param certifiedOn the date of certification as the certificate's date line
 */
public record Certificate(
        String language,
        String number,
        String title,
        List<Entry> entries,
        String notice,
        String statement,
        String certifiedOn,
        String issuer,
        String verificationLabel,
        String verificationUrl,
        String qrDescription) {

    /** One line of the certificate: 인증번호, 서비스명, 유효기간, … */
    public record Entry(String label, String value) {
    }
}
