package com.budgetperf.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class JsonPointerTests {

    record Indicator(String name, int score) {
    }

    record Project(String code, List<Indicator> indicators) {
    }

    record Document(List<Project> projects) {
    }

    @Test
    void jacksonPathBecomesAJsonPointer() {
        MismatchedInputException error = org.junit.jupiter.api.Assertions.assertThrows(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("""
                        {"projects":[{"code":"P1","indicators":[]},{"code":"P2","indicators":[{"name":"x","score":"高"}]}]}""",
                        Document.class));
        assertEquals("/projects/1/indicators/0/score", ProblemResponses.jsonPointer(error.getPath()));
    }

    @Test
    void specialCharactersAreEscapedAndTheRootIsSlash() {
        assertEquals("/a~1b/m~0n", ProblemResponses.jsonPointer(List.of(
                new JsonMappingException.Reference(null, "a/b"), new JsonMappingException.Reference(null, "m~n"))));
        assertEquals("/", ProblemResponses.jsonPointer(List.<JsonMappingException.Reference>of()));
    }
}
