package org.twintowns.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector catches each kind of breaking change, and only those. */
class BreakingChangesTest {

    static final String BEFORE = """
            openapi: 3.1.0
            info:
              title: Items
              version: "1"
            paths:
              /items:
                post:
                  parameters:
                  - name: dryRun
                    in: query
                    schema:
                      type: boolean
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/ItemRequest"
                  responses:
                    "201":
                      description: Created
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Item"
              /items/{id}:
                get:
                  parameters:
                  - name: id
                    in: path
                    required: true
                    schema:
                      type: string
                  responses:
                    "200":
                      description: The item
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Item"
                    "404":
                      description: No such item
              /items/{id}/history:
                get:
                  parameters:
                  - name: id
                    in: path
                    required: true
                    schema:
                      type: string
                  responses:
                    "200":
                      description: The history
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    id:
                      type: string
                    name:
                      type: string
                      maxLength: 100
                    size:
                      type: integer
                ItemRequest:
                  type: object
                  required:
                  - name
                  properties:
                    name:
                      type: string
                      maxLength: 100
                    kind:
                      type: string
                      enum:
                      - A
                      - B
            """;

    /** YAML lines, each with its indentation as in {@link #BEFORE}. */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String changed(String from, String to) {
        assertTrue(BEFORE.contains(from), "the test changes what is there: " + from);
        return BEFORE.replace(from, to);
    }

    private static List<String> after(String from, String to) {
        return BreakingChanges.between(BEFORE, changed(from, to));
    }

    @Test
    void shouldFindNoBreakingChangeInTheSameDocument() {
        assertEquals(List.of(), BreakingChanges.between(BEFORE, BEFORE));
    }

    @Test
    void shouldCatchARemovedPath() {
        String history = BEFORE.substring(BEFORE.indexOf("  /items/{id}/history:"), BEFORE.indexOf("components:"));
        assertEquals(List.of("GET /items/{id}/history: operation removed"), after(history, ""));
    }

    @Test
    void shouldCatchAFieldRemovedFromAResponse() {
        List<String> changes = after(lines("        size:", "          type: integer"), "");
        assertTrue(changes.contains("GET /items/{id}: response 200 application/json.size removed"), changes.toString());
        assertTrue(changes.contains("POST /items: response 201 application/json.size removed"), changes.toString());
    }

    @Test
    void shouldCatchANarrowedType() {
        List<String> typeChanged = after(lines("        id:", "          type: string"),
                lines("        id:", "          type: integer"));
        assertTrue(typeChanged.contains("GET /items/{id}: response 200 application/json.id: type changed"),
                typeChanged.toString());
        List<String> shorter = after(lines("          maxLength: 100", "        kind:"),
                lines("          maxLength: 50", "        kind:"));
        assertEquals(List.of("POST /items: request body application/json.name: maxLength 100 -> 50"), shorter);
        List<String> fewerValues = after(lines("          - A", "          - B"), lines("          - A"));
        assertEquals(List.of("POST /items: request body application/json.kind: enum values removed [B]"), fewerValues);
    }

    @Test
    void shouldCatchANewRequiredInput() {
        assertEquals(List.of("POST /items: query parameter dryRun now required"),
                after(lines("      - name: dryRun", "        in: query"),
                        lines("      - name: dryRun", "        in: query", "        required: true")));
        assertEquals(List.of("POST /items: request body application/json.kind now required"),
                after(lines("      required:", "      - name"), lines("      required:", "      - name", "      - kind")));
    }

    @Test
    void shouldCatchAChangedStatusCode() {
        assertEquals(List.of("GET /items/{id}: response 404 removed"),
                after(lines("        \"404\":"), lines("        \"410\":")));
    }

    @Test
    void shouldLetCompatibleChangesPass() {
        // A new optional response field, a new optional parameter and a new operation break nobody.
        String more = changed(lines("        size:", "          type: integer"),
                lines("        size:", "          type: integer", "        colour:", "          type: string"));
        more = more.replace(lines("      - name: dryRun"),
                lines("      - name: notify", "        in: query", "        schema:", "          type: boolean",
                        "      - name: dryRun"));
        more = more.replace(lines("  /items/{id}:"),
                lines("  /items/count:", "    get:", "      responses:", "        \"200\":",
                        "          description: How many", "  /items/{id}:"));
        assertEquals(List.of(), BreakingChanges.between(BEFORE, more));
    }

    @Test
    void shouldCatchAResponseThatMaySendMore() {
        assertEquals(List.of("GET /items/{id}: response 200 application/json.name: maxLength 100 -> 200",
                        "POST /items: response 201 application/json.name: maxLength 100 -> 200"),
                after(lines("          maxLength: 100", "        size:"), lines("          maxLength: 200", "        size:")));
    }

    @Test
    void shouldLetStatedLimitsThatHeldAlreadyPass() {
        // The id was a uuid, so at most 36 characters before the limit was written down; a response
        // field that gets an enum or a maxLength only promises less.
        String stated = changed(lines("          type: string", "      responses:", "        \"200\":",
                        "          description: The item"),
                lines("          type: string", "          format: uuid", "      responses:", "        \"200\":",
                        "          description: The item"));
        String limited = stated.replace(lines("          type: string", "          format: uuid"),
                lines("          type: string", "          format: uuid", "          maxLength: 36"))
                .replace(lines("        id:", "          type: string"),
                        lines("        id:", "          type: string", "          enum:", "          - a"))
                .replace(lines("        size:", "          type: integer"),
                        lines("        size:", "          type: integer", "          minimum: 0", "          maximum: 10"));
        assertEquals(List.of(), BreakingChanges.between(stated, limited));
    }

    @Test
    void shouldTellAFormatAddedToAnInputFromOneAddedToAnAnswer() {
        // name is only ever answered by GET; kind is only ever sent in the request.
        assertEquals(List.of(), after(lines("          maxLength: 100", "        size:"),
                lines("          maxLength: 100", "          format: email", "        size:")));
        assertEquals(List.of("POST /items: request body application/json.kind: format email required"),
                after(lines("        kind:", "          type: string"),
                        lines("        kind:", "          type: string", "          format: email")));
    }
}
