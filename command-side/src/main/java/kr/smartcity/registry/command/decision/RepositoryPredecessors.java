package kr.smartcity.registry.command.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.axonframework.modelling.command.Repository;

import kr.smartcity.registry.command.certification.Certification;

/** {@link Predecessors} through the certification repository, inside the deciding unit of work. */
public final class RepositoryPredecessors implements Predecessors {

    private final Supplier<Repository<Certification>> certifications;

    /** Takes a supplier: Axon builds its repositories after the objects that use them. */
    public RepositoryPredecessors(Supplier<Repository<Certification>> certifications) {
        this.certifications = certifications;
    }

    @Override
    public void requireUnderReReview(String certificateNumber) {
        certifications.get().load(certificateNumber).execute(Certification::requireUnderReReview);
    }

    @Override
    public LocalDate renew(String previousCertificateNumber, String successorNumber, Instant at) {
        return certifications.get().load(previousCertificateNumber)
                .invoke(certification -> certification.renewBy(successorNumber, at));
    }

    @Override
    public void reReviewFailed(String previousCertificateNumber, String reason, Instant at) {
        certifications.get().load(previousCertificateNumber)
                .execute(certification -> certification.recordReReviewFailure(reason, at));
    }
}
