package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the project's main classes on the class path: service classes, api-commons, in folders or jars. */
final class ProjectClasses {

    private ProjectClasses() {
    }

    /** Internal names of the classes under the package prefix ({@code org/twintowns/}), tests' own classes left out. */
    static Set<String> names(ClassLoader loader, String prefix) {
        Set<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(prefix))) {
                if (root.getPath().contains("/test-classes/")) {
                    continue;
                }
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    // Our own copy: the cached one belongs to the class loader and must stay open.
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                                .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
                    }
                } else if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    Path base = dir;
                    for (int i = 0; i < prefix.split("/").length; i++) {
                        base = base.getParent();
                    }
                    Path classesRoot = base;
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class"))
                                .map(f -> classesRoot.relativize(f).toString().replace('\\', '/'))
                                .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
