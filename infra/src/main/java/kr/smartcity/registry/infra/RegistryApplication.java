package kr.smartcity.registry.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import kr.smartcity.registry.infra.backup.RestoreRun;
import kr.smartcity.registry.infra.integrity.VerifyChainRun;
import kr.smartcity.registry.infra.storage.DataDirectoryCheck;

/**
 * The runnable registry. It scans only this module; the command, query and web modules are
 * switched on by role (see {@code roles}), so one jar serves every topology of DESIGN.md §3.
 * With {@code --registry.verify-chain} it verifies the event chain and exits instead; with
 * {@code --registry.restore=<archive>} it restores a backup into the data directory and exits. A normal start first
 * checks that the data directory can be written.
 */
@SpringBootApplication
public class RegistryApplication {

    public static void main(String[] args) {
        if (RestoreRun.requested(args)) {
            System.exit(RestoreRun.run(args));
        } else if (VerifyChainRun.requested(args)) {
            System.exit(SpringApplication.exit(
                    SpringApplication.run(RegistryApplication.class, VerifyChainRun.arguments(args))));
        } else {
            SpringApplication registry = new SpringApplication(RegistryApplication.class);
            registry.addListeners(new DataDirectoryCheck());
            registry.run(args);
        }
    }
}
