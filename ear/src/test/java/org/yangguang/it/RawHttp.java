package org.yangguang.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.0 over a socket (no chunked replies), for request lines {@link java.net.http.HttpClient}
 * refuses to send, such as a bare {@code %} in the path.
 */
final class RawHttp {
    private RawHttp() {}

    record Reply(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return "";
        }
    }

    static Reply get(String rawPath) throws IOException {
        return get(rawPath, null);
    }

    /**
     * From another client address: {@code 127.0.0.2} reaches the server on 127.0.0.1 through the
     * loopback interface, and the server sees a second client (the rate limits count per address).
     */
    static Reply get(String rawPath, String fromAddress) throws IOException {
        return get(rawPath, fromAddress, "application/json");
    }

    /** A page (text/html) or a resource from another client address. */
    static Reply get(String rawPath, String fromAddress, String accept) throws IOException {
        URI base = URI.create(Http.BASE);
        int port = base.getPort() < 0 ? 80 : base.getPort();
        try (Socket s = fromAddress == null ? new Socket(base.getHost(), port)
                : new Socket(java.net.InetAddress.getByName(base.getHost()), port, java.net.InetAddress.getByName(fromAddress), 0)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.0\r\nHost: " + base.getHost() + "\r\nAccept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new Reply(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : text.substring(split + 4));
        }
    }
}
