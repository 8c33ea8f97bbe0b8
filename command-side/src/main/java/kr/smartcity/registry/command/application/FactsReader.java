package kr.smartcity.registry.command.application;

import kr.smartcity.registry.command.criteria.rules.Evidence;

/**
 * Reads the evidence facts of one indicator from the JSON object an operator sent, into the facts
 * record its rule asks for. The rules are plain Java; reading JSON is the infrastructure's job, so
 * it is resolved as a handler parameter.
 */
public interface FactsReader {

    /** @throws IllegalArgumentException when the JSON does not describe facts of that type */
    <T extends Evidence> T read(String json, Class<T> type);
}
