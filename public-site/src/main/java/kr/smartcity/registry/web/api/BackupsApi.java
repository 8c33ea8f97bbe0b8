package kr.smartcity.registry.web.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API: an online backup of the running registry's store, restored with {@code --registry.restore}. */
@RestController
class BackupsApi {

    private final ObjectProvider<EventStoreBackups> backups;

    BackupsApi(ObjectProvider<EventStoreBackups> backups) {
        this.backups = backups;
    }

    /** 201 with the archive's path, size, event count and last event; 501 where the store has its own tools. */
    @PostMapping("/api/v1/admin/backups")
    ResponseEntity<?> backUp() {
        EventStoreBackups available = backups.getIfAvailable();
        if (available == null) {
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).body(new ApiError("not_available",
                    "이 저장소는 자체 백업 도구로 백업합니다. / This store is backed up with its own tools "
                            + "(docs/operations.md)."));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(available.backUp());
    }
}
