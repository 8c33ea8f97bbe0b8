package kr.smartcity.registry.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kr.smartcity.registry.command.application.FactsReader;
import kr.smartcity.registry.command.criteria.rules.Evidence;

/** Reads evidence facts from JSON for the tests, the way the running registry does. */
public final class JsonFacts implements FactsReader {

    private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule());

    @Override
    public <T extends Evidence> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
