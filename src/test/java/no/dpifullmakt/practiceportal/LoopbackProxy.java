package no.dpifullmakt.practiceportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain forwarding HTTP proxy on loopback, as a company network might put in front of the portal:
 * it takes requests in absolute form ({@code GET http://any.host/path HTTP/1.1}), sends every one
 * of them to the portal, keeps the browser's {@code Host} header, and drops the hop headers. One
 * request per connection. It records what it forwarded.
 */
public final class LoopbackProxy implements AutoCloseable {

  private static final Set<String> HOP_HEADERS =
      Set.of(
          "connection",
          "proxy-connection",
          "keep-alive",
          "upgrade",
          "http2-settings",
          "proxy-authorization",
          "te",
          "trailer");

  private final String routedHost;
  private final int target;
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();

  /** What the proxy sent on: the request line's method and path, and the Host header kept. */
  public record Forwarded(String method, String path, String host) {}

  /**
   * @param routedHost the host name (without port) whose requests go to the portal
   * @param targetPort the portal's port on 127.0.0.1
   */
  public LoopbackProxy(String routedHost, int targetPort) {
    this.routedHost = routedHost;
    this.target = targetPort;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.execute(this::acceptAll);
  }

  /** For browsers: {@code --proxy-server=http://127.0.0.1:<port>}. */
  public int port() {
    return server.getLocalPort();
  }

  public ProxySelector selector() {
    return ProxySelector.of(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
  }

  public List<Forwarded> forwarded() {
    return List.copyOf(forwarded);
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      if (!routed(head)) {
        client
            .getOutputStream()
            .write(
                "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        return;
      }
      try (Socket portal = new Socket(InetAddress.getLoopbackAddress(), target)) {
        OutputStream toPortal = portal.getOutputStream();
        toPortal.write(rewrite(head).getBytes(StandardCharsets.ISO_8859_1));
        toPortal.write(in.readNBytes((int) contentLength(head)));
        toPortal.flush();
        portal.getInputStream().transferTo(client.getOutputStream());
      }
    } catch (IOException e) {
      // The browser or the portal hung up; nothing to forward.
    }
  }

  /** Only plain HTTP requests for the routed host go on. */
  private boolean routed(String head) {
    String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
    if (requestLine.length != 3 || !requestLine[1].startsWith("http://")) {
      return false;
    }
    return routedHost.equalsIgnoreCase(URI.create(requestLine[1]).getHost());
  }

  /** The request line and headers, up to the empty line; empty when the browser sent nothing. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < end.length && (b = in.read()) != -1) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Absolute form to origin form; hop headers out, "Connection: close" in, Host kept. */
  private String rewrite(String head) {
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    URI uri = URI.create(requestLine[1]);
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder out = new StringBuilder();
    out.append(requestLine[0]).append(' ').append(path).append(' ').append(requestLine[2]);
    out.append("\r\n");
    String host = uri.getRawAuthority();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (line.isEmpty() || colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (name.equals("host")) {
        host = line.substring(colon + 1).trim();
      }
      if (!HOP_HEADERS.contains(name)) {
        out.append(line).append("\r\n");
      }
    }
    out.append("Connection: close\r\n\r\n");
    forwarded.add(new Forwarded(requestLine[0], path, host));
    return out.toString();
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }
}
