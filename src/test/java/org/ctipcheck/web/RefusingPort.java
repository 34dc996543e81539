package org.ctipcheck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses every connection for as long as the tests run: a socket is bound to it and never
 * listens (a connection gets a reset), and, bound without SO_REUSEADDR, it keeps any other server from taking the
 * port. A port bound and closed again could be taken by the next server a test starts, which would then answer.
 */
public final class RefusingPort {
    private static final Socket HOLDER = bound();

    private RefusingPort() {
    }

    public static int port() {
        return HOLDER.getLocalPort();
    }

    /** {@code http://127.0.0.1:port} */
    public static String url() {
        return "http://127.0.0.1:" + port();
    }

    private static Socket bound() {
        try {
            Socket socket = new Socket();
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
