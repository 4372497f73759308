package org.twintowns.openapi.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every service's committed contract, as its build puts it into the application: the YAML as it is, and JSON. */
class ServiceContractTest {

    private static final Path CONTRACTS = Path.of("..", "contracts");

    @Test
    void shouldWriteEachServicesContractAsItIsAndAsJsonThatAnIndependentParserReadsAlike(@TempDir Path out)
            throws IOException {
        List<Path> services = MergeContracts.contractFiles(CONTRACTS).stream()
                .filter(file -> !file.getFileName().toString().equals("gateway.yaml")).toList();
        assertEquals(4, services.size(), services.toString());
        for (Path contract : services) {
            String service = contract.getFileName().toString();
            Path directory = out.resolve(service);
            ServiceContract.main(new String[] {"--contract", contract.toString(), "--out", directory.toString()});

            assertArrayEquals(Files.readAllBytes(contract), Files.readAllBytes(directory.resolve("openapi.yaml")), service);
            String json = Files.readString(directory.resolve("openapi.json"));
            assertEquals(Yaml.MAPPER.readTree(contract.toFile()), new ObjectMapper().readTree(json), service);
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult fromJson = new OpenAPIV3Parser().readContents(json, null, options);
            SwaggerParseResult fromYaml = new OpenAPIV3Parser().readContents(Files.readString(contract), null, options);
            assertEquals(List.of(), fromJson.getMessages(), service);
            assertEquals(fromYaml.getOpenAPI(), fromJson.getOpenAPI(), service);
        }
    }

    @Test
    void shouldRefuseAFileThatIsNoOpenApiDocument(@TempDir Path out) throws IOException {
        Path notOne = Files.writeString(out.resolve("lint.yaml"), "extends: spectral:oas\n");
        assertThrows(IllegalArgumentException.class, () -> ServiceContract.write(notOne, out.resolve("forms")));
        assertThrows(IllegalArgumentException.class, () -> ServiceContract.main(new String[] {"--contract"}));
    }
}
