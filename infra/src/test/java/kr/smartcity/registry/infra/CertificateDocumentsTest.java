package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.smartcity.registry.command.api.Seoul;

/**
 * The certificate over HTTP as a reader gets it: an A4 PDF whose text a machine can read in Korean
 * (the font embedded as a subset) and whose QR code a camera reads as the verification address;
 * the QR code as an SVG image; 404 for a number the registry does not know.
 */
class CertificateDocumentsTest {

    private static final String BASE_URL = "https://registry.example.kr";
    private static final String ACTIVE = "SCS-2024-T-0042";
    private static final String EXPIRED = "SCS-2019-T-0007";
    private static final LocalDate FROM = LocalDate.now(Seoul.ZONE).minusMonths(6);
    private static final LocalDate UNTIL = FROM.plusYears(2).minusDays(1);

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir, "--registry.public-base-url=" + BASE_URL + "/");
        api = registry.client();
        ImportedCertifications.add(api, ACTIVE, "스마트 횡단보도 안전 서비스", FROM, UNTIL, "ACTIVE");
        ImportedCertifications.add(api, EXPIRED, "스마트 버스정류장", LocalDate.of(2019, 12, 20),
                LocalDate.of(2021, 12, 19), "EXPIRED");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void thePdfIsAnA4CertificateInKoreanWithItsFontEmbeddedAsASubset() throws IOException {
        var pdf = api.download("/certifications/" + ACTIVE + "/certificate.pdf", null);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("inline; filename=\"certificate-" + ACTIVE + ".pdf\"");
        DateTimeFormatter korean = DateTimeFormatter.ofPattern("yyyy년 M월 d일");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(List.of(size.getWidth(), size.getHeight()))
                    .containsExactly(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ko");
            assertThat(new PDFTextStripper().getText(document))
                    .contains("스마트도시 서비스 인증서", ACTIVE, "스마트 횡단보도 안전 서비스", "Smart crossing",
                            "스마트교통(주), 세종특별자치시", "L2 (네트워크 연계 서비스)", "교통",
                            korean.format(FROM) + " ~ " + korean.format(UNTIL), "유효 (", "국토교통부장관",
                            BASE_URL + "/verify/" + ACTIVE)
                    .doesNotContain("효력이 없습니다");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NanumGothic.*");
            });
        }
        assertThat(pdf.body().length).as("only the glyphs used are embedded").isLessThan(150_000);
    }

    @Test
    void thePdfsQrCodeReadsAsTheVerificationAddress() throws Exception {
        var pdf = api.download("/certifications/" + ACTIVE + "/certificate.pdf", null);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            var page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertThat(QrReader.read(page)).isEqualTo(BASE_URL + "/verify/" + ACTIVE);
        }
    }

    @Test
    void theEnglishPdfSaysTheSameInEnglish() throws IOException {
        var pdf = api.download("/certifications/" + ACTIVE + "/certificate.pdf?lang=en", null);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Smart City Service Certificate", ACTIVE, "Smart crossing", "스마트 횡단보도 안전 서비스",
                            "L2 (Network-linked service)", "Transport", FROM + " to " + UNTIL, "Active (as of",
                            "Minister of Land, Infrastructure and Transport");
        }
    }

    @Test
    void anExpiredCertificationsPdfSaysItIsVoid() throws IOException {
        var pdf = api.download("/certifications/" + EXPIRED + "/certificate.pdf", null);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("이 인증은 유효기간이 만료되었습니다", "이 인증서는 효력이 없습니다", "유효기간 만료 (");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMark() throws IOException {
        String number = "SCS-2024-T-0099";
        ImportedCertifications.add(api, number, "스마트 정류장 \uD83D\uDE8C", FROM, UNTIL, "ACTIVE");

        var pdf = api.download("/certifications/" + number + "/certificate.pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("스마트 정류장 ?");
        }
    }

    @Test
    void theQrCodeIsACacheableSvgOfTheVerificationAddress() {
        var svg = api.download("/certifications/" + ACTIVE + "/qr.svg", null);

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).isEqualTo("image/svg+xml");
        assertThat(svg.header("Cache-Control")).contains("public", "max-age=86400");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<title>" + BASE_URL + "/verify/" + ACTIVE + "</title>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/certificate", "/certificate.pdf", "/qr.svg"})
    void anUnknownNumberIs404(String document) {
        assertThat(api.download("/certifications/SCS-1999-X-0000" + document, null).status()).isEqualTo(404);
        assertThat(api.download("/certifications/%20" + document, null).status()).isEqualTo(404);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
