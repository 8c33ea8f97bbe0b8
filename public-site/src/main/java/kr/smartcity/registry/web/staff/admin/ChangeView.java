package kr.smartcity.registry.web.staff.admin;

import java.time.LocalDateTime;

import kr.smartcity.registry.web.security.AccountChange;

/** One recorded account change, its time in Korea. */
record ChangeView(LocalDateTime at, String by, String account, String kind, String detail) {

    static ChangeView of(AccountChange change) {
        return new ChangeView(AccountView.seoul(change.at()), change.by(), change.account(), change.kind().name(),
                change.detail());
    }
}
