package kr.smartcity.registry.command.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.ServiceField;

/** 인증번호: format, and allocation per award year through the numbering aggregate. */
class CertificateNumberingTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventSourcingRepository<CertificateNumbering> repository =
            EventSourcingRepository.builder(CertificateNumbering.class).eventStore(store).build();
    private final CertificateNumbers numbers = new RepositoryCertificateNumbers(() -> repository);

    private String allocateInItsOwnUnitOfWork(int year, ServiceField field) throws Exception {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> numbers.allocate(year, field))
                .getPayload();
    }

    @Test
    void aNumberNamesTheYearTheFieldCodeAndAFourDigitSequence() {
        assertThat(CertificateNumberFormat.format(2023, ServiceField.ENVIRONMENT_ENERGY, 7))
                .isEqualTo("SCS-2023-EE-0007");
    }

    @Test
    void everyFieldHasItsOwnTwoLetterCode() {
        List<String> codes = new ArrayList<>();
        for (ServiceField field : ServiceField.values()) {
            codes.add(CertificateNumberFormat.fieldCode(field));
        }
        assertThat(codes).doesNotContainNull().doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
    }

    @Test
    void theSequenceRunsOnAcrossFieldsWithinAYearAndRestartsInTheNext() throws Exception {
        assertThat(allocateInItsOwnUnitOfWork(2023, ServiceField.TRANSPORT)).isEqualTo("SCS-2023-TR-0001");
        assertThat(allocateInItsOwnUnitOfWork(2023, ServiceField.ENVIRONMENT_ENERGY)).isEqualTo("SCS-2023-EE-0002");
        assertThat(allocateInItsOwnUnitOfWork(2024, ServiceField.TRANSPORT)).isEqualTo("SCS-2024-TR-0001");
    }
}
