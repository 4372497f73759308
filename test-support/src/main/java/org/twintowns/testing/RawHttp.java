package org.twintowns.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand on a socket, for requests no client library sends (two Host headers, a
 * malformed one, none): the request goes out byte for byte as given, and the answer is read within
 * a time limit, so that a server that never answers fails the test instead of hanging it.
 */
public final class RawHttp {

    /** A server answers a malformed request at once; this is far more than it ever needs. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** The answer: status, headers (names in lower case, values in order) and body. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code head} (request line and header lines, each without its CRLF) and {@code body} to
     * 127.0.0.1:{@code port} and reads one answer.
     */
    public static Answer send(int port, List<String> head, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder();
        for (String line : head) {
            request.append(line).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No answer within " + TIMEOUT + " to " + head, e);
        }
    }

    /** A GET of {@code path} with the given Host header lines (none, one or several). */
    public static Answer get(int port, String path, String... hosts) throws IOException {
        List<String> head = new ArrayList<>();
        head.add("GET " + path + " HTTP/1.1");
        for (String host : hosts) {
            head.add("Host: " + host);
        }
        head.add("Connection: close");
        return send(port, head, null);
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new AssertionError("The connection was closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        List<String> length = headers.get("content-length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length.get(0))) : in.readAllBytes();
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** One line without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
