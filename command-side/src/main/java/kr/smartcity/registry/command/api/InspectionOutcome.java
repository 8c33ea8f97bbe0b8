package kr.smartcity.registry.command.api;

/** 현장실사 결과: every checked claim confirmed, or discrepancies that send the case back to resolution. */
public enum InspectionOutcome {
    CONFIRMED,
    DISCREPANCIES
}
