package kr.smartcity.registry.command.decision;

import java.util.function.Supplier;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import kr.smartcity.registry.command.api.ServiceField;

/**
 * {@link CertificateNumbers} on the year's {@link CertificateNumbering} aggregate, loaded in the caller's unit of
 * work: the allocation event commits with the decision's events, or neither does. Concurrent decisions conflict on
 * the numbering stream and one of them is rolled back (and may be retried); see {@link CertificateNumbering}.
 */
public final class RepositoryCertificateNumbers implements CertificateNumbers {

    private final Supplier<Repository<CertificateNumbering>> numberings;

    /** Takes a supplier: Axon builds its repositories after the objects that use them. */
    public RepositoryCertificateNumbers(Supplier<Repository<CertificateNumbering>> numberings) {
        this.numberings = numberings;
    }

    @Override
    public String allocate(int awardYear, ServiceField field) throws Exception {
        Aggregate<CertificateNumbering> numbering;
        try {
            numbering = numberings.get().load(CertificateNumbering.idFor(awardYear));
        } catch (AggregateNotFoundException firstOfTheYear) {
            // The constructor allocates the first number; two "first" decisions conflict like any other pair.
            return numberings.get().newInstance(() -> new CertificateNumbering(awardYear, field))
                    .invoke(CertificateNumbering::lastNumber);
        }
        return numbering.invoke(n -> n.allocate(field));
    }
}
