package kr.smartcity.registry.command.api;

import java.time.ZoneId;

/** Every rule of the call runs on Korean time (the 2023 window closed 2023-10-26 18:00 KST). */
public final class Seoul {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private Seoul() {
    }
}
