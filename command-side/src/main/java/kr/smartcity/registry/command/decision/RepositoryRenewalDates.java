package kr.smartcity.registry.command.decision;

import java.time.LocalDate;

import org.axonframework.modelling.command.Repository;

import kr.smartcity.registry.command.certification.Certification;

/** {@link RenewalDates} read from the predecessor {@link Certification}, loaded in the deciding unit of work. */
public final class RepositoryRenewalDates implements RenewalDates {

    private final Repository<Certification> certifications;

    public RepositoryRenewalDates(Repository<Certification> certifications) {
        this.certifications = certifications;
    }

    @Override
    public LocalDate successorStartsOn(String previousCertificateNumber) {
        return certifications.load(previousCertificateNumber).invoke(Certification::successorStartsOn);
    }
}
