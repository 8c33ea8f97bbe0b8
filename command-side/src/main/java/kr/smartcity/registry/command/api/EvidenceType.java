package kr.smartcity.registry.command.api;

/** 근거자료 유형: what kind of evidence an item of the evidence list is. */
public enum EvidenceType {
    DOCUMENT,
    SURVEY,
    PRESS_REPORT,
    CERTIFICATE,
    CONTRACT,
    STATISTICS,
    SCREENSHOT,
    DEMONSTRATION,
    OTHER
}
