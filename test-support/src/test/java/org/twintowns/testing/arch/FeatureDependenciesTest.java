package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features that depend on each other are found, with the files that make them; words in comments are not uses. */
class FeatureDependenciesTest {

    private static final String BASE = "org.example.shop";

    @TempDir
    Path sources;

    @Test
    void shouldPassFeaturesThatDependOneWay() throws IOException {
        write("order/Order.java", "package org.example.shop.order;\nimport org.example.shop.customer.Customer;\n"
                + "/** Mentions {@link org.example.shop.billing.Invoice} only in a comment. */\nclass Order {}");
        write("customer/Customer.java", "package org.example.shop.customer;\n"
                + "class Customer { String s = \"org.example.shop.order.Order\"; }");
        write("ShopApplication.java", "package org.example.shop;\nimport org.example.shop.order.Order;\nclass A {}");

        FeatureDependencies features = FeatureDependencies.read(sources, BASE);

        assertEquals(Map.of("order", Set.of("customer"), "customer", Set.of()), features.graph());
        features.assertOneDirection();
    }

    @Test
    void shouldNameTheFilesOfFeaturesThatDependOnEachOtherThroughAThird() throws IOException {
        write("order/service/OrderService.java", "package org.example.shop.order.service;\n"
                + "import static org.example.shop.billing.Invoices.open;\nclass OrderService {}");
        write("billing/Invoices.java", "package org.example.shop.billing;\n"
                + "class Invoices { Object c = org.example.shop.customer.Customer.NONE; }");
        write("customer/Customer.java", "package org.example.shop.customer;\n"
                + "import org.example.shop.order.service.OrderService;\nclass Customer {}");

        FeatureDependencies features = FeatureDependencies.read(sources, BASE);

        assertEquals(List.of(Set.of("billing", "customer", "order")), features.cycles());
        AssertionError failure = assertThrows(AssertionError.class, features::assertOneDirection);
        assertTrue(failure.getMessage().contains("customer -> order: [org/example/shop/customer/Customer.java]"),
                failure.getMessage());
    }

    @Test
    void shouldTolerateAKnownDependencyOnlyWhileItExists() throws IOException {
        write("order/Order.java", "package org.example.shop.order;\nimport org.example.shop.customer.Customer;\nclass O {}");
        write("customer/Customer.java", "package org.example.shop.customer;\nimport org.example.shop.order.Order;\nclass C {}");

        FeatureDependencies.read(sources, BASE).tolerating("customer", "order", "until customers move").assertOneDirection();
        AssertionError stale = assertThrows(AssertionError.class, () -> FeatureDependencies.read(sources, BASE)
                .tolerating("order", "billing", "until billing moves").tolerating("customer", "order", "for now")
                .assertOneDirection());
        assertEquals("The tolerated dependency order -> billing (until billing moves) is gone: remove the tolerance.",
                stale.getMessage());
    }

    private void write(String path, String content) throws IOException {
        Path file = sources.resolve("org/example/shop").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
