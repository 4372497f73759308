package org.twintowns.openapi.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed contracts (../contracts) merge, and an independent parser accepts the result. */
class CommittedContractsTest {

    private static final Path CONTRACTS = Path.of("..", "contracts");

    @Test
    void shouldMergeTheCommittedContractsIntoADocumentAnIndependentParserAccepts() throws IOException {
        ObjectNode merged = MergeContracts.merge(CONTRACTS, "gateway.yaml", new ContractMerger.Options("/", null));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Yaml.MAPPER.writeValueAsString(merged), null, options);
        assertEquals(java.util.List.of(), result.getMessages());
        assertEquals(merged.path("paths").size(), result.getOpenAPI().getPaths().size());
        for (Path file : MergeContracts.contractFiles(CONTRACTS)) {
            Contract contract = Contract.read(file);
            contract.section("paths").fieldNames().forEachRemaining(path ->
                    assertTrue(merged.path("paths").has(path), path + " of " + file + " is missing"));
        }
    }
}
