package kr.smartcity.registry.web.pages;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.RegistryQueries;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCounts;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;

/**
 * The registry's filters as its address carries them: {@code /certifications?level=L2&field=TRANSPORT&status=
 * &year=2025&region=36&q=신호&sort=NAME&page=2}. {@code region} is a 시도 code ({@code 36}) or {@code unresolved}, as
 * the facet offers them; addresses written before the facet, with a name ({@code 세종특별자치시}), keep working (see
 * {@code FindCertificationsQuery}). Without {@code status} the registry shows the certifications
 * in force ({@code ACTIVE}); an empty {@code status}, like an empty level or field, means all. Without {@code sort}
 * the newest come first. {@code page} counts from 1.
 */
public class RegistryFilter {

    private ServiceLevel level;
    private ServiceField field;
    private CertificationStatus status = CertificationStatus.ACTIVE;
    private Integer year;
    @Size(max = 50)
    private String region;
    @Size(max = 100)
    private String q;
    private RegistryOrder sort = RegistryOrder.NEWEST;
    @Min(1)
    private int page = 1;

    FindCertificationsQuery query(int size) {
        return new FindCertificationsQuery(field, level, status, year, text(region), text(q), sort, page - 1, size);
    }

    /** The address of another page of the same results. */
    String url(int otherPage) {
        return UriComponentsBuilder.fromPath("/certifications")
                .queryParamIfPresent("q", Optional.ofNullable(text(q)))
                .queryParamIfPresent("level", Optional.ofNullable(level).map(Enum::name))
                .queryParamIfPresent("field", Optional.ofNullable(field).map(Enum::name))
                .queryParam("status", status == null ? "" : status.name())
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("region", Optional.ofNullable(text(region)))
                .queryParamIfPresent("sort", Optional.ofNullable(sort).map(Enum::name))
                .queryParam("page", otherPage)
                .encode()
                .build()
                .toUriString();
    }

    /**
     * The region asked for when it is none of the facet's values (an older address with a name): the form offers it
     * as written, so it stays chosen.
     */
    public String regionAsWritten(RegionCounts regions) {
        String asked = text(region);
        boolean offered = asked == null || asked.equals(RegistryQueries.UNRESOLVED_REGION)
                || regions.provinces().stream().anyMatch(province -> province.code().equals(asked));
        return offered ? null : asked;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public void setLevel(ServiceLevel level) {
        this.level = level;
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public void setStatus(CertificationStatus status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public RegistryOrder getSort() {
        return sort;
    }

    public void setSort(RegistryOrder sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
