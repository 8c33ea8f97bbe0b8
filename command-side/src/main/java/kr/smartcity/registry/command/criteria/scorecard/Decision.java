package kr.smartcity.registry.command.criteria.scorecard;

/** 인증 적합 여부 as computed from the scores; the ministry's decision (인증여부 결정) is recorded elsewhere. */
public enum Decision {
    CERTIFIED,
    NOT_CERTIFIED
}
