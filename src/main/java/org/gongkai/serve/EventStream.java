package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream open tabs listen to: {@code hello} when a tab connects and
 * {@code reload} after each rebuild, both with the rebuild's number, so that a tab reloads when
 * its page is older than the last rebuild. Each connection holds one thread of the server, which
 * sends a comment every few seconds to notice a tab that went away.
 */
final class EventStream {

  /** Put in a queue to end its connection (no event looks like it). */
  private static final String CLOSED = "\u0000closed";
  private static final long PING_SECONDS = 10;

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** Serves one connection until the tab goes away or the server stops. */
  void serve(HttpExchange exchange, String hello) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(200, 0);
    clients.add(queue);
    try (OutputStream out = exchange.getResponseBody()) {
      send(out, "retry: 1000\n\n" + hello);
      while (!closed) {
        String message = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
        if (CLOSED.equals(message)) {
          return;
        }
        send(out, message == null ? ": ping\n\n" : message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
    }
  }

  /** One event in the stream's form. */
  static String event(String name, String json) {
    return "event: " + name + "\ndata: " + json + "\n\n";
  }

  /** Sends an event to every open tab. */
  void broadcast(String message) {
    clients.forEach(q -> q.offer(message));
  }

  /** How many tabs are listening. */
  int listeners() {
    return clients.size();
  }

  /** Ends every connection. */
  void close() {
    closed = true;
    clients.forEach(q -> q.offer(CLOSED));
  }

  private static void send(OutputStream out, String message) throws IOException {
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
