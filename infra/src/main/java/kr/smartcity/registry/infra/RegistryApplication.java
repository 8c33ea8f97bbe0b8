package kr.smartcity.registry.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable registry. It scans only this module; the command, query and web modules are
 * switched on by role (see {@code roles}), so one jar serves every topology of DESIGN.md §3.
 */
@SpringBootApplication
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
