package kr.smartcity.registry.command.api;

/** The roles of DESIGN.md §1: what an account may do, in commands, queries and pages alike. */
public enum Role {
    /** 운영기관. */
    OPERATOR,
    /** 인증평가위원. */
    EVALUATOR,
    /** 국토교통부. */
    MINISTRY,
    /** 모니터링 담당. */
    MONITOR,
    /** 신청인. */
    APPLICANT,
    /** 시스템 관리자. */
    ADMIN
}
