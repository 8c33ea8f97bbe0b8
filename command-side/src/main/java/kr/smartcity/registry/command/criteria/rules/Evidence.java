package kr.smartcity.registry.command.criteria.rules;

/** Marker for the evidence facts one indicator rule reads (증빙자료에서 확인한 사실). */
public interface Evidence {
}
