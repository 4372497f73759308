package org.twintowns.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes the suite starts (services, gateways, PostgreSQL clusters), which bind them seconds
 * after they are chosen. A port the kernel hands out ({@code new ServerSocket(0)}) lies in its ephemeral range,
 * the range it also takes the local port of every outgoing connection from: in those seconds a database
 * connection of a service starting beside it took news-service's port once ("Port 38215 seems to be in use"),
 * and the whole end-to-end suite failed. So a port is chosen below that range, where no outgoing connection
 * lands, free when chosen, and never handed out twice by this JVM.
 */
final class FreePorts {

    /** Linux's default start of the ephemeral range, when /proc does not say. */
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int LOWEST = 20000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port on 127.0.0.1 that is free now, outside the ephemeral range, not handed out before. */
    static synchronized int take() throws IOException {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                HANDED_OUT.add(port);
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Another listener has it: try another.
            }
        }
        throw new IOException("no free port between " + LOWEST + " and " + below);
    }

    private static int ephemeralStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException notLinux) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
