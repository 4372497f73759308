package org.twintowns.news.media.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition values (RFC 6266) that are safe for any stored file name. */
final class ContentDisposition {

    /**
     * The longest value: 38 characters of its own, and a file name of at most 200 characters, each
     * at most one character in the ASCII name and nine (three percent-encoded bytes) in the UTF-8 one.
     */
    static final int MAX_LENGTH = 38 + 200 + 9 * 200;

    private ContentDisposition() {
    }

    /** inline, with an ASCII file name for old clients and the UTF-8 one (RFC 8187) for the rest. */
    static String inline(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
